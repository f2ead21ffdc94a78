import { describe, expect, it } from 'vitest';
import { storedNeed } from '../../test/support/fixtures.ts';
import type { Match, MatchStatus } from '../matches/schemas.ts';
import type { Need } from '../needs/schemas.ts';
import { translator } from '../web/i18n.ts';
import { buildCalendar } from './build-calendar.ts';
import type { FeedContext } from './feed-context.ts';
import { managerFeedEvents, needSequence } from './manager-feed.ts';
import { parseFeed } from './test-support/parse-feed.ts';
import { volunteerFeedEvents } from './volunteer-feed.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const context: FeedContext = {
  t: translator('de'),
  names: { venue: () => 'Alte Feuerwache', quarter: () => 'Nordstadt' },
  baseUrl: 'https://qh.example',
  now: NOW,
};

const need = (overrides: Partial<Need> = {}): Need =>
  storedNeed({
    schedule: {
      kind: 'weekly',
      weekday: 'tue',
      start: '15:00',
      end: '17:00',
      firstDate: '2026-12-01',
      lastDate: '2026-12-29',
    },
    places: 3,
    requiredSkills: [],
    languages: [],
    acceptedCount: 2,
    version: 4,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  });

const match = (status: MatchStatus, overrides: Partial<Match> = {}): Match => ({
  needId: 'n1',
  volunteerId: 'v1',
  status,
  firstName: 'Amina',
  languages: [],
  needTitle: 'Hausaufgabenhilfe',
  quarterId: 'nordstadt',
  venueId: 'alte-feuerwache',
  schedule: need().schedule,
  version: 2,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  ...overrides,
});

describe('volunteerFeedEvents', () => {
  it('shows accepted and completed commitments, not invitations or declined ones', () => {
    const events = volunteerFeedEvents(
      (['accepted', 'completed', 'invited', 'offered', 'declined', 'expired', 'closed'] as const).map((status, i) => ({
        match: match(status, { needId: `n${i}` }),
        need: need({ needId: `n${i}` }),
      })),
      context,
    );
    expect(events.map((e) => e.uid)).toEqual([
      'commitment-n0-v1@quartiershilfe.wuppertal.de',
      'commitment-n1-v1@quartiershilfe.wuppertal.de',
    ]);
    expect(events[0]).toMatchObject({
      sequence: 6,
      cancelled: false,
      repeat: 'weekly',
      summary: 'Hausaufgabenhilfe',
      location: 'Alte Feuerwache, Nordstadt, Wuppertal',
      url: 'https://qh.example/dashboard#need-n0',
    });
    expect(events[0]?.occurrences.map((o) => o.date)).toEqual([
      '2026-12-01',
      '2026-12-08',
      '2026-12-15',
      '2026-12-22',
      '2026-12-29',
    ]);
  });

  it('shows an ended commitment as cancelled only if it had been accepted, and only for a while', () => {
    const ended = (wasAccepted: boolean, updatedAt: string, lastDate = '2026-12-29') => ({
      match: match('withdrawn', { updatedAt, version: 3 }),
      need: need({
        updatedAt,
        schedule: { ...need().schedule, firstDate: '2026-10-01', lastDate } as Need['schedule'],
      }),
      wasAccepted,
    });
    const [recent] = volunteerFeedEvents([ended(true, '2026-11-23T09:00:00.000Z')], context);
    expect(recent).toMatchObject({ cancelled: true, sequence: 7, summary: 'Abgesagt: Hausaufgabenhilfe' });
    expect(volunteerFeedEvents([ended(false, '2026-11-23T09:00:00.000Z')], context)).toEqual([]);
    // Ended long ago and every date past: gone from the feed.
    expect(volunteerFeedEvents([ended(true, '2026-09-01T09:00:00.000Z', '2026-10-27')], context)).toEqual([]);
    // Ended long ago but dates still ahead: still cancelled in the feed.
    expect(volunteerFeedEvents([ended(true, '2026-09-01T09:00:00.000Z')], context)).toHaveLength(1);
  });

  it('leaves out absent dates with EXDATE, and starts a series accepted late at its first date of theirs', () => {
    // Prepare: accepted after the first date, unavailable on 15 December, said she cannot come on the 22nd.
    const amina = match('accepted', {
      dates: ['2026-12-08', '2026-12-22', '2026-12-29'],
      absences: [
        { date: '2026-12-15', kind: 'unavailable' },
        { date: '2026-12-22', kind: 'declared', at: '2026-12-10T10:00:00.000Z' },
      ],
    });
    // Act
    const events = volunteerFeedEvents([{ match: amina, need: need() }], context);
    const [parsed] = parseFeed(buildCalendar('Feed', events, NOW)).events;
    // Assess
    expect(events[0]?.occurrences.map((o) => o.date)).toEqual(['2026-12-08', '2026-12-29']);
    expect(parsed?.status).toBe('CONFIRMED');
    expect(parsed?.occurrences.map((o) => o.start)).toEqual(['2026-12-08T15:00:00', '2026-12-29T15:00:00']);
    expect(parsed?.exdates).toEqual(['2026-12-15T15:00:00', '2026-12-22T15:00:00']);
  });

  it('keeps every date of a commitment accepted before dates were recorded, less its absences', () => {
    const old = match('accepted', { absences: [{ date: '2026-12-15', kind: 'declared' }] });
    const [event] = volunteerFeedEvents([{ match: old, need: need() }], context);
    expect(event?.occurrences.map((o) => o.date)).toEqual(['2026-12-01', '2026-12-08', '2026-12-22', '2026-12-29']);
  });

  it('cancels a commitment absent from every one of its dates', () => {
    const gone = match('accepted', {
      dates: ['2026-12-29'],
      absences: [{ date: '2026-12-29', kind: 'declared' }],
    });
    const [event] = volunteerFeedEvents([{ match: gone, need: need() }], context);
    expect(event?.cancelled).toBe(true);
  });

  it('cancels an accepted commitment whose need was cancelled', () => {
    const [event] = volunteerFeedEvents([{ match: match('accepted'), need: need({ status: 'cancelled' }) }], context);
    expect(event?.cancelled).toBe(true);
  });
});

describe('managerFeedEvents', () => {
  it('shows every need but drafts, with the fill status', () => {
    const events = managerFeedEvents(
      [need(), need({ needId: 'n2', status: 'draft' }), need({ needId: 'n3', status: 'filled', acceptedCount: 3 })],
      context,
    );
    expect(events.map((e) => [e.uid, e.summary])).toEqual([
      ['need-n1@quartiershilfe.wuppertal.de', 'Hausaufgabenhilfe (2/3)'],
      ['need-n3@quartiershilfe.wuppertal.de', 'Hausaufgabenhilfe (3/3)'],
    ]);
    expect(events[0]?.description).toContain('2 von 3 Plätzen vergeben');
    expect(events[0]?.url).toBe('https://qh.example/manage/needs/n1');
  });

  it('shows a cancelled need as cancelled', () => {
    expect(managerFeedEvents([need({ status: 'cancelled' })], context)[0]).toMatchObject({
      cancelled: true,
      summary: 'Abgesagt: Hausaufgabenhilfe',
    });
  });

  it('moves SEQUENCE forward with every change of the need, places taken too', () => {
    const before = need();
    const placeTaken = need({ acceptedCount: 3, updatedAt: '2026-11-20T09:00:01.000Z' });
    expect(needSequence(placeTaken)).toBeGreaterThan(needSequence(before));
    expect(needSequence(before)).toBeGreaterThanOrEqual(before.version);
  });
});
