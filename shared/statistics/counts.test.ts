import { describe, expect, it } from 'vitest';
import { countDelta, endKey, endOfAttribute, frozenAfter } from './counts.ts';

describe('counter differences', () => {
  it('adds only what changed, and nothing when the same counts come again', () => {
    const first = countDelta({}, { 'nord/2026-03': { 'minutes@2026-03-10T17:00': 120, posted: 1 } }, () => false);
    expect(first.delta).toEqual({ 'nord/2026-03': { 'minutes@2026-03-10T17:00': 120, posted: 1 } });
    const again = countDelta(first.stored, first.stored, () => false);
    expect(again.delta).toEqual({});
    const withdrawn = countDelta(first.stored, { 'nord/2026-03': { posted: 1 } }, () => false);
    expect(withdrawn.delta).toEqual({ 'nord/2026-03': { 'minutes@2026-03-10T17:00': -120 } });
  });

  it('keeps frozen attributes counted when the source forgets them, and drops them from the snapshot', () => {
    const previous = { 'nord/2025-01': { 'minutes@2025-01-07T17:00': 120 } };
    const frozen = frozenAfter(new Date('2026-03-01T00:00:00Z'), 7);
    expect(countDelta(previous, {}, frozen)).toEqual({ stored: {}, delta: {} });
    // A late consumer still counts an old date the source has, once.
    const late = countDelta({}, previous, frozen);
    expect(late).toEqual({ stored: previous, delta: previous });
    expect(countDelta(late.stored, previous, frozen).delta).toEqual({});
  });

  it('freezes a date only once its grace after the end has passed (Berlin wall clock)', () => {
    const key = `due@${endKey('2026-03-10', 17 * 60)}`;
    expect(endOfAttribute(key)?.toISOString()).toBe('2026-03-10T16:00:00.000Z');
    expect(frozenAfter(new Date('2026-03-17T15:59:00Z'), 7)(key)).toBe(false);
    expect(frozenAfter(new Date('2026-03-17T16:00:00Z'), 7)(key)).toBe(true);
    expect(frozenAfter(new Date('2030-01-01T00:00:00Z'), 7)('checksDue')).toBe(false);
  });
});
