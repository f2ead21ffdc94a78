import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Spaces calls of one kind to at most `perSecond` a second, whoever makes them: each caller
 * waits for its slot before it calls. Cognito's quotas are per category of action and per
 * account (e.g. 50 a second to create users, 25 to update them); a paced import stays below them
 * and leaves room for everyone else's sign-ups, instead of relying on throttling and back-off.
 */
export class CallPace {
  private next = 0;

  constructor(
    private readonly perSecond: number,
    private readonly clock: () => number = () => performance.now(),
    private readonly wait: (ms: number) => Promise<unknown> = sleep,
  ) {}

  /** Resolves when the caller may make its call. */
  async slot(): Promise<void> {
    const now = this.clock();
    const at = Math.max(now, this.next);
    this.next = at + 1000 / this.perSecond;
    if (at > now) await this.wait(at - now);
  }
}

/** Calls a second per Cognito quota category the import uses. */
export interface CognitoPace {
  /** AdminCreateUser (also its RESEND of an invitation): "UserCreation", 50 a second by default. */
  creation: number;
  /** AdminAddUserToGroup: "UserUpdate", 25 a second by default. */
  update: number;
  /** AdminGetUser: "UserRead", 120 a second by default. */
  read: number;
}

/**
 * About half of each default quota. A 2000-row import of new volunteers: accounts at the group
 * pace (2000 / 15 ≈ 133 s; the creations run beside them), then the invitations (2000 / 25 = 80 s).
 */
export const COGNITO_PACE: CognitoPace = { creation: 25, update: 15, read: 50 };
