/** The first retry waits up to this long; each further one up to twice as long, capped at {@link LOST_RACE_MAX_MS}. */
export const LOST_RACE_BASE_MS = 20;
export const LOST_RACE_MAX_MS = 320;

/**
 * How long to wait before retrying a transaction that lost a race: "full jitter" exponential
 * back-off. Racers that retried at once would meet again, and DynamoDB may cancel both sides of a
 * conflict (TransactionConflict), so twelve people accepting the same need at once could use up
 * their attempts without anyone winning. Eight attempts wait at most about 1.6 s in all.
 */
export function lostRaceDelayMs(attempt: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(LOST_RACE_MAX_MS, LOST_RACE_BASE_MS * 2 ** attempt));
}

/** Waits {@link lostRaceDelayMs} (a timer, no I/O). */
export const afterLostRace = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, lostRaceDelayMs(attempt)));
