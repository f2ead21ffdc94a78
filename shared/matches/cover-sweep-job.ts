import { logger } from '../logging/logger.ts';
import { berlinDate } from '../time/calendar.ts';

export interface CoverSweepRun {
  /** Needs with automatic cover whose last date is still ahead. */
  needs: number;
  /** Invitations the sweeps sent. */
  invited: number;
  /** Needs whose sweep failed (left to the next run). */
  failed: number;
}

export interface CoverSweepJobDeps {
  /** The needs with automatic cover: read by key (shared/needs/auto-cover-keys.ts), never by Scan. */
  needs: { autoCoverNeedIds(today: string): Promise<string[]> };
  /** One need's sweep (ManagerMatches.coverSweep): idempotent, safe beside another. */
  sweep(needId: string, now: Date): Promise<number>;
}

/** Sweeps at once. */
const PARALLEL = 4;

/**
 * The scheduled half of automatic cover: every run (each 15 minutes, with the notice job) sweeps
 * every need with automatic cover, so the waiting list also moves when an invitation simply
 * expires (an expiry writes nothing, so no event starts a sweep). A need whose sweep fails is
 * logged and left to the next run; the others go on.
 */
export class CoverSweepJob {
  constructor(private readonly deps: CoverSweepJobDeps) {}

  async run(now: Date): Promise<CoverSweepRun> {
    const ids = await this.deps.needs.autoCoverNeedIds(berlinDate(now));
    const run: CoverSweepRun = { needs: ids.length, invited: 0, failed: 0 };
    for (let start = 0; start < ids.length; start += PARALLEL) {
      await Promise.all(
        ids.slice(start, start + PARALLEL).map(async (needId) => {
          try {
            run.invited += await this.deps.sweep(needId, now);
          } catch (error) {
            run.failed++;
            logger.error('cover sweep failed', { needId, error: error instanceof Error ? error.name : String(error) });
          }
        }),
      );
    }
    logger.info('cover sweep run', { ...run });
    return run;
  }
}
