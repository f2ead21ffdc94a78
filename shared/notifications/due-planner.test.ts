import { describe, expect, it } from 'vitest';
import type { Schedule } from '../matching/occurrences.ts';
import { dueKey, dueSortKey } from './due-notice.ts';
import {
  expiringWarning,
  matchStepNotices,
  remindersToPut,
  remindersToRemove,
  shortOfPeopleWarnings,
} from './due-planner.ts';

const ids = { needId: 'n1', volunteerId: 'v1' };
// Sundays from the last one before summer time to the first one after winter time (2026: 29 March, 25 October).
const weekly: Schedule = {
  kind: 'weekly',
  weekday: 'sun',
  start: '10:00',
  end: '12:00',
  firstDate: '2026-03-22',
  lastDate: '2026-04-05',
};
const dues = (list: { date?: string | undefined; dueAt: string }[]) => list.map((d) => [d.date, d.dueAt]);

describe('reminders', () => {
  it('are due 24 hours before each start, in elapsed time across the change to summer time', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    expect(dues(remindersToPut({ ...ids, schedule: weekly }, now))).toEqual([
      ['2026-03-22', '2026-03-21T09:00:00.000Z'], // 10:00 CET on the 22nd
      // 10:00 CEST on the 29th is 08:00Z: the reminder at 09:00 CET on the 28th, 23 hours by the clock.
      ['2026-03-29', '2026-03-28T08:00:00.000Z'],
      ['2026-04-05', '2026-04-04T08:00:00.000Z'],
    ]);
  });

  it('and across the change back to winter time', () => {
    const schedule: Schedule = { kind: 'once', date: '2026-10-25', start: '09:30', end: '11:00' };
    expect(dues(remindersToPut({ ...ids, schedule }, new Date('2026-10-01T00:00:00Z')))).toEqual([
      ['2026-10-25', '2026-10-24T08:30:00.000Z'], // 09:30 CET = 08:30Z; 10:30 CEST on the 24th
    ]);
  });

  it('leave out dates already started, and catch up a few minutes from now on a date starting within 24 hours', () => {
    // Saturday 28 March 20:00Z: the 29th starts in 12 hours.
    const now = new Date('2026-03-28T20:00:00Z');
    expect(dues(remindersToPut({ ...ids, schedule: weekly }, now))).toEqual([
      ['2026-03-29', '2026-03-28T20:05:00.000Z'],
      ['2026-04-05', '2026-04-04T08:00:00.000Z'],
    ]);
    // Starting in three minutes: too late for a reminder.
    const soon = new Date('2026-03-29T07:57:00Z');
    expect(dues(remindersToPut({ ...ids, schedule: weekly }, soon))).toEqual([
      ['2026-04-05', '2026-04-04T08:00:00.000Z'],
    ]);
  });

  it('are never scheduled closer to now than the margin a running job needs', () => {
    const now = new Date('2026-03-21T08:58:00Z'); // the 22nd's reminder would be due in 2 minutes
    expect(remindersToPut({ ...ids, schedule: weekly }, now)[0]?.dueAt).toBe('2026-03-21T09:03:00.000Z');
  });

  it('to remove are the regular ones of every date, past ones too, with the keys accepting wrote', () => {
    const accepted = remindersToPut({ ...ids, schedule: weekly }, new Date('2026-03-01T12:00:00Z'));
    expect(remindersToRemove({ ...ids, schedule: weekly }).map(dueKey)).toEqual(accepted.map(dueKey));
  });

  it('have the sort key the job reads by: due time first', () => {
    const [first] = remindersToPut({ ...ids, schedule: weekly }, new Date('2026-03-01T12:00:00Z'));
    expect(dueKey(first as never)).toEqual({
      PK: 'DUE#2026-03-21',
      SK: '2026-03-21T09:00:00.000Z#reminder#n1#v1#2026-03-22',
    });
  });

  it('cover every date of a weekly need over a year', () => {
    const year: Schedule = { ...weekly, firstDate: '2026-01-04', lastDate: '2026-12-27' };
    const list = remindersToPut({ ...ids, schedule: year }, new Date('2026-01-01T00:00:00Z'));
    expect(list).toHaveLength(52);
    for (const due of list) {
      const start = new Date(Date.parse(due.dueAt) + 24 * 3_600_000);
      const wall = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Berlin',
        hour: '2-digit',
        minute: '2-digit',
      }).format(start);
      expect(wall, due.date).toBe('10:00');
    }
  });
});

describe('invitation expiry warnings', () => {
  it('are due 24 hours before the expiry, unless that has (nearly) passed', () => {
    const now = new Date('2026-11-02T09:00:00Z');
    expect(expiringWarning({ ...ids, inviteExpiresAt: '2026-11-05T09:00:00.000Z' }, now)).toEqual([
      {
        kind: 'invitationExpiring',
        ...ids,
        inviteExpiresAt: '2026-11-05T09:00:00.000Z',
        dueAt: '2026-11-04T09:00:00.000Z',
      },
    ]);
    expect(expiringWarning({ ...ids, inviteExpiresAt: '2026-11-03T09:02:00.000Z' }, now)).toEqual([]);
  });
});

describe('short of people warnings', () => {
  it('are due 48 hours before each date still ahead of an open need, and none for a draft', () => {
    const need = { needId: 'n1', status: 'open', schedule: weekly };
    expect(dues(shortOfPeopleWarnings(need, new Date('2026-03-21T12:00:00Z')))).toEqual([
      ['2026-03-29', '2026-03-27T08:00:00.000Z'],
      ['2026-04-05', '2026-04-03T08:00:00.000Z'],
    ]);
    expect(shortOfPeopleWarnings({ ...need, status: 'draft' }, new Date('2026-03-01T12:00:00Z'))).toEqual([]);
  });
});

describe('a match step', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const invited = { ...ids, inviteExpiresAt: '2026-03-04T12:00:00.000Z' };

  it('accepting an invitation puts the reminders and takes the expiry warning out', () => {
    const changes = matchStepNotices(
      { before: 'invited', after: 'accepted', schedule: weekly, previous: invited, next: ids },
      now,
    );
    expect(changes.put.map((d) => d.kind)).toEqual(['reminder', 'reminder', 'reminder']);
    expect(changes.remove.map(dueSortKey)).toEqual([
      '2026-03-03T12:00:00.000Z#invitationExpiring#n1#v1#2026-03-04T12:00:00.000Z',
    ]);
  });

  it('withdrawing or cancelling takes the reminders out; inviting puts the warning; nothing else moves', () => {
    const withdraw = matchStepNotices({ before: 'accepted', after: 'withdrawn', schedule: weekly, next: ids }, now);
    expect(withdraw).toEqual({ put: [], remove: remindersToRemove({ ...ids, schedule: weekly }) });
    expect(withdraw.remove).toHaveLength(3);
    const invite = matchStepNotices({ before: 'none', after: 'invited', schedule: weekly, next: invited }, now);
    expect(invite.put.map((d) => d.kind)).toEqual(['invitationExpiring']);
    expect(matchStepNotices({ before: 'none', after: 'offered', schedule: weekly, next: ids }, now)).toEqual({
      put: [],
      remove: [],
    });
  });
});
