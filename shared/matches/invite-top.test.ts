import { describe, expect, it } from 'vitest';
import { storedNeed } from '../../test/support/fixtures.ts';
import { bestToInvite, invitableInBulk } from './invite-top.ts';

const NOW = new Date('2026-11-24T10:00:00Z');

describe('"invite the best N"', () => {
  it('asks those nobody asked yet and those whose invitation lapsed, nobody else', () => {
    // Prepare
    const need = storedNeed();
    const states = [
      'none',
      'expired',
      'declined',
      'withdrawn',
      'closed',
      'cancelled',
      'invited',
      'offered',
      'accepted',
    ];
    // Act
    const asked = states.filter((state) => invitableInBulk(state, need, NOW));
    // Assess
    expect(asked).toEqual(['none', 'expired']);
    expect(invitableInBulk(undefined, need, NOW)).toBe(true);
  });

  it('asks nobody while the need is not open', () => {
    expect(invitableInBulk('none', storedNeed({ status: 'filled' }), NOW)).toBe(false);
    expect(invitableInBulk('none', storedNeed({ status: 'draft' }), NOW)).toBe(false);
  });

  it('takes the best N in ranking order, skipping whom it may not ask', () => {
    // Prepare
    const list = {
      proposals: ['a', 'b', 'c', 'd', 'e'].map((volunteerId) => ({ volunteerId })),
      existing: { a: 'declined', b: 'expired', c: 'invited', d: 'closed' },
    };
    // Act
    const picked = bestToInvite(list, storedNeed(), 2, NOW);
    // Assess
    expect(picked).toEqual(['b', 'e']);
  });
});
