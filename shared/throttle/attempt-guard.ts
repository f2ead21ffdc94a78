import { RateLimitedError } from '../errors/index.ts';
import { forgetAt, refund, reserve, type ThrottleState } from './policy.ts';
import { THROTTLE_RULES, type ThrottledAction } from './rules.ts';
import type { ThrottleRepository, ThrottleSubject } from './throttle-repository.ts';

/** Who makes an attempt: the account it is about (a normalised e-mail address) and the client address. */
export interface AttemptSource {
  account: string;
  address: string;
}

export interface GuardOptions {
  /** Whether an error of the attempt counts against the limit (a wrong password does; an outage does not). */
  isFailure: (error: unknown) => boolean;
  /**
   * What a success does to the account's count: `reset` (a right password or code proves the owner)
   * or `keep` (every mail sent counts). The client address gets its reserved attempt back on
   * `reset`, so people sharing an address do not lock each other out by signing in.
   */
  onSuccess: 'reset' | 'keep';
}

/** Conditional writes lost to concurrent attempts before we give up and ask the caller to retry. */
const MAX_CONTENTION_ROUNDS = 12;

/**
 * Guards attempts that can be guessed or abused (shared/throttle/rules.ts) per account and per
 * client address: refuses with {@link RateLimitedError} (429, Retry-After) while either is locked,
 * even if this attempt would have been right.
 */
export class AttemptGuard {
  constructor(private readonly repository: ThrottleRepository) {}

  async run<T>(
    action: ThrottledAction,
    source: AttemptSource,
    now: Date,
    attempt: () => Promise<T>,
    options: GuardOptions,
  ): Promise<T> {
    const nowMs = now.getTime();
    const account: ThrottleSubject = { action, scope: 'account', value: source.account.trim().toLowerCase() };
    const address: ThrottleSubject = { action, scope: 'address', value: source.address };
    await this.reserve(account, nowMs);
    try {
      await this.reserve(address, nowMs);
    } catch (error) {
      await this.giveBack(account, nowMs);
      throw error;
    }
    let result: T;
    try {
      result = await attempt();
    } catch (error) {
      if (!options.isFailure(error)) await Promise.all([this.giveBack(account, nowMs), this.giveBack(address, nowMs)]);
      throw error;
    }
    if (options.onSuccess === 'reset') {
      await Promise.all([this.repository.delete(account), this.giveBack(address, nowMs)]);
    }
    return result;
  }

  private async reserve(subject: ThrottleSubject, nowMs: number): Promise<void> {
    const rule = THROTTLE_RULES[subject.action][subject.scope];
    for (let round = 0; round < MAX_CONTENTION_ROUNDS; round++) {
      const stored = await this.repository.get(subject, nowMs);
      const reservation = reserve(stored.state, rule, nowMs);
      if (!reservation.allowed) throw new RateLimitedError(reservation.retryAfterSeconds);
      if (await this.write(subject, reservation.next, stored.version, nowMs)) return;
    }
    // Many attempts at the same moment: refusing is the safe answer.
    throw new RateLimitedError(1);
  }

  private async giveBack(subject: ThrottleSubject, nowMs: number): Promise<void> {
    const rule = THROTTLE_RULES[subject.action][subject.scope];
    for (let round = 0; round < MAX_CONTENTION_ROUNDS; round++) {
      const stored = await this.repository.get(subject, nowMs);
      if (stored.state.failures === 0) return;
      if (await this.write(subject, refund(stored.state, rule), stored.version, nowMs)) return;
    }
    // Not given back: the count stays one too high, which errs on the safe side.
  }

  private write(subject: ThrottleSubject, state: ThrottleState, version: number, nowMs: number): Promise<boolean> {
    const rule = THROTTLE_RULES[subject.action][subject.scope];
    return this.repository.put(subject, state, version, forgetAt(state, rule, nowMs));
  }
}
