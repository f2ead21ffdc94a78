import type { Caller } from '../auth/caller.ts';
import { effectiveState } from './lifecycle.ts';
import type { MatchRepository } from './match-repository.ts';
import type { MatchSteps } from './match-steps.ts';

/**
 * Releasing a volunteer's matches when they withdraw consent or their account is erased: all the
 * profile and privacy functions need of matching (no candidates, no matching rules).
 */
export class MatchRelease {
  constructor(private readonly deps: { steps: MatchSteps; matches: MatchRepository }) {}

  private get steps() {
    return this.deps.steps;
  }

  /**
   * For a volunteer who withdraws consent: invitations are declined, offers and commitments
   * withdrawn, and every match of theirs keeps no name or languages.
   */
  async releaseAll(caller: Caller, now: Date): Promise<void> {
    for (const match of await this.deps.matches.listForVolunteer(caller.userId)) {
      const state = effectiveState(match, now);
      const action =
        state === 'invited' ? 'decline' : state === 'offered' || state === 'accepted' ? 'withdraw' : undefined;
      if (action)
        await this.steps.release(() =>
          this.steps.move(caller, 'volunteer', match.needId, caller.userId, action, now, { date: match.date }),
        );
      await this.deps.matches.erasePersonalData(match.needId, caller.userId, match.date);
    }
  }
}
