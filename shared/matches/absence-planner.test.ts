import { describe, expect, it } from 'vitest';
import { occurrences } from '../matching/occurrences.ts';
import { decideAbsence, planAbsence } from './absence-planner.ts';
import { emptyLedger, withCommitment } from './ledger.ts';
import type { Match } from './schemas.ts';
import { SERIES_17, seriesMatch, seriesNeed } from './test-support/series.ts';

// Tuesday 1 December 2026, 08:00 in Berlin.
const NOW = new Date('2026-12-01T07:00:00Z');
const ALL_DATES = occurrences(SERIES_17).map((occurrence) => occurrence.date);
// Accepted on 1 December with the Christmas dates unavailable.
const COMING = ALL_DATES.filter((date) => date !== '2026-12-22' && date !== '2026-12-29');
const accepted = (overrides: Partial<Match> = {}) =>
  seriesMatch('accepted', {
    dates: COMING,
    absences: [
      { date: '2026-12-22', kind: 'unavailable' },
      { date: '2026-12-29', kind: 'unavailable' },
    ],
    ...overrides,
  });

const situation = (overrides: Partial<Parameters<typeof decideAbsence>[0]> = {}) => ({
  match: accepted(),
  need: seriesNeed({ acceptedCount: 1 }),
  date: '2026-12-15',
  now: NOW,
  cutoffHours: 24,
  ...overrides,
});

describe('the absence decision', () => {
  it('allows a date the volunteer comes to, well before it', () => {
    expect(decideAbsence(situation())).toEqual({ kind: 'allowed' });
  });

  it('allows it until the cutoff before the start, and refuses it from then on', () => {
    // Prepare: 15 December, 15:00 Berlin is 14:00Z; 24 hours before is 14 December, 14:00Z.
    const justBefore = new Date('2026-12-14T13:59:59.999Z');
    const atCutoff = new Date('2026-12-14T14:00:00.000Z');
    // Act
    const before = decideAbsence(situation({ now: justBefore }));
    const at = decideAbsence(situation({ now: atCutoff }));
    const shorter = decideAbsence(situation({ now: atCutoff, cutoffHours: 2 }));
    // Assess
    expect(before).toEqual({ kind: 'allowed' });
    expect(at).toMatchObject({ kind: 'refused', reason: 'too_late' });
    expect(shorter).toEqual({ kind: 'allowed' });
  });

  it('refuses a date the volunteer does not come to: not a date of the need, unavailable, or before acceptance', () => {
    const accepted2 = accepted({ dates: ALL_DATES.slice(2), absences: [] });
    expect(decideAbsence(situation({ date: '2026-12-16' }))).toMatchObject({ reason: 'not_a_coming_date' });
    expect(decideAbsence(situation({ date: '2026-12-22' }))).toMatchObject({ reason: 'not_a_coming_date' });
    expect(decideAbsence(situation({ match: accepted2, date: '2026-12-08' }))).toMatchObject({
      reason: 'not_a_coming_date',
    });
  });

  it('names a date declared absent before as already done, even after the cutoff', () => {
    const declared = accepted({
      absences: [{ date: '2026-12-15', kind: 'declared', at: '2026-11-30T10:00:00.000Z' }],
    });
    expect(decideAbsence(situation({ match: declared }))).toEqual({ kind: 'already' });
    expect(decideAbsence(situation({ match: declared, now: new Date('2026-12-15T15:00:00Z') }))).toEqual({
      kind: 'already',
    });
  });

  it('refuses anyone not accepted, and a need that is closed or cancelled', () => {
    expect(decideAbsence(situation({ match: seriesMatch('invited') }))).toMatchObject({
      kind: 'refused',
      reason: 'not_accepted',
      current: 'invited',
    });
    expect(decideAbsence(situation({ match: seriesMatch('withdrawn') }))).toMatchObject({ reason: 'not_accepted' });
    expect(decideAbsence(situation({ need: seriesNeed({ status: 'closed' }) }))).toMatchObject({
      reason: 'need_not_active',
    });
    expect(decideAbsence(situation({ need: seriesNeed({ status: 'filled' }) }))).toEqual({ kind: 'allowed' });
  });

  it('lets a commitment accepted before dates were recorded declare any date of the need', () => {
    const old = seriesMatch('accepted');
    expect(decideAbsence(situation({ match: old, date: '2026-12-22' }))).toEqual({ kind: 'allowed' });
  });
});

describe('planning an absence', () => {
  it('writes the absence on the match, takes the date out of the ledger, pins the roster, deletes its reminder', () => {
    // Prepare
    const match = accepted();
    const ledger = withCommitment(emptyLedger('v1'), match, 'accepted', '2026-12-01');
    const need = seriesNeed({ acceptedCount: 1, rosterVersion: 5 });
    // Act
    const plan = planAbsence({ ...situation({ match, need }), match, need, actor: 'v1', ledger });
    // Assess
    if (plan.kind !== 'write') throw new Error(`expected a write, got ${plan.kind}`);
    const { step } = plan;
    expect(step.next.status).toBe('accepted');
    expect(step.next.version).toBe(match.version + 1);
    expect(step.next.absences).toContainEqual({ date: '2026-12-15', kind: 'declared', at: NOW.toISOString() });
    expect(step.next.dates).toEqual(COMING);
    expect(ledger.commitments[0]?.occurrences).toHaveLength(15);
    expect(step.ledger?.next.commitments[0]?.occurrences.map((o) => o.date)).toEqual(
      COMING.filter((date) => date !== '2026-12-15'),
    );
    expect(step.ledger?.next.version).toBe(ledger.version + 1);
    expect(step).toMatchObject({ rosterPin: 5, needMustBeActive: true, needMustBeOpen: false });
    expect(step.needChange).toBeUndefined();
    expect(step.notices).toEqual({
      put: [],
      remove: [
        {
          kind: 'reminder',
          needId: 'n1',
          volunteerId: 'v1',
          date: '2026-12-15',
          dueAt: '2026-12-14T14:00:00.000Z',
        },
      ],
    });
    expect(step.event).toEqual({
      needId: 'n1',
      volunteerId: 'v1',
      action: 'absent',
      from: 'accepted',
      to: 'accepted',
      by: 'v1',
      at: NOW.toISOString(),
      date: '2026-12-15',
    });
  });

  it('pins roster version 0 when the need has none yet, and writes nothing for a retry', () => {
    const match = accepted();
    const ledger = withCommitment(emptyLedger('v1'), match, 'accepted', '2026-12-01');
    const need = seriesNeed({ acceptedCount: 1 });
    const first = planAbsence({ ...situation(), match, need, actor: 'v1', ledger });
    if (first.kind !== 'write') throw new Error('expected a write');
    expect(first.step.rosterPin).toBe(0);
    const again = planAbsence({ ...situation(), match: first.step.next, need, actor: 'v1', ledger });
    expect(again).toEqual({ kind: 'already' });
  });
});
