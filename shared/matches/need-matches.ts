import type { Caller } from '../auth/caller.ts';
import { effectiveState } from './lifecycle.ts';
import type { MatchRepository } from './match-repository.ts';
import type { MatchSteps } from './match-steps.ts';

/**
 * What the need service asks of matching: cancelling a cancelled need's open matches, closing the
 * invitations a filled need left open, and whether anyone comes as cover.
 */
export class NeedMatches {
  constructor(private readonly deps: { steps: MatchSteps; matches: MatchRepository }) {}

  private get steps() {
    return this.deps.steps;
  }

  /**
   * When a need is cancelled, every open invitation, offer and commitment is cancelled with it;
   * each cancel's event carries the manager's reason (the volunteer is told it).
   */
  async cancelOpenMatches(caller: Caller, needId: string, now: Date, reason?: string): Promise<void> {
    const { need, matches } = await this.deps.matches.needPartition(needId);
    for (const match of matches) {
      const state = effectiveState(match, now, need);
      if (state === 'invited' || state === 'offered' || state === 'accepted') {
        await this.steps.release(() =>
          this.steps.move(caller, 'manager', needId, match.volunteerId, 'cancel', now, { reason, date: match.date }),
        );
      }
    }
  }

  /** Whether anyone is accepted as cover for a date of the need (what its count of series places leaves out). */
  async hasCoverCommitments(needId: string, now: Date): Promise<boolean> {
    const matches = await this.deps.matches.matchesOf(needId, { consistent: true });
    return matches.some((match) => match.date !== undefined && effectiveState(match, now) === 'accepted');
  }

  /** See {@link MatchSteps.closeWhenFull}. */
  closeWhenFull(needId: string, now: Date): Promise<number> {
    return this.steps.closeWhenFull(needId, now);
  }
}
