import { describe, expect, it } from 'vitest';
import { closedByFill, transition } from './lifecycle.ts';

describe('closing invitations when a need fills', () => {
  it('closes invitations and offers made before the need last filled, and nothing else', () => {
    const need = { fillRound: 1 };
    expect(closedByFill({ status: 'invited' }, need)).toBe(true);
    expect(closedByFill({ status: 'offered', fillRound: 0 }, need)).toBe(true);
    // Invited again after the fill (a place reopened): open.
    expect(closedByFill({ status: 'invited', fillRound: 1 }, need)).toBe(false);
    for (const status of ['accepted', 'declined', 'withdrawn', 'closed', 'expired']) {
      expect(closedByFill({ status }, need)).toBe(false);
    }
    // A need that never filled closes nothing.
    expect(closedByFill({ status: 'invited' }, {})).toBe(false);
  });

  it('lets a manager invite and a volunteer offer again, but nobody answer a closed invitation', () => {
    expect(transition('closed', 'invite', 'manager')).toEqual({ kind: 'move', from: 'closed', to: 'invited' });
    expect(transition('closed', 'offer', 'volunteer')).toEqual({ kind: 'move', from: 'closed', to: 'offered' });
    for (const action of ['accept', 'decline', 'withdraw'] as const) {
      expect(transition('closed', action, 'volunteer')).toEqual({ kind: 'invalid', current: 'closed' });
    }
    expect(transition('closed', 'cancel', 'manager')).toEqual({ kind: 'invalid', current: 'closed' });
  });
});
