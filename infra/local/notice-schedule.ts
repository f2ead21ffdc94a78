import { createCoverSweepJob, createNoticeScheduleJob } from '../../functions/notification-schedule/job.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import type { NoticeRun } from '../../shared/notifications/notice-schedule-job.ts';
import type { Clock } from '../../shared/platform/services.ts';

/** How often `npm start` runs the notice job (EventBridge Scheduler in AWS: every 15 minutes). */
export const LOCAL_NOTICE_INTERVAL_MS = 60_000;

export interface LocalNoticeSchedule {
  /** One run now, by the platform's clock (tests: once, whenever they want). */
  runOnce(): Promise<NoticeRun>;
  /** Runs every `intervalMs` until stopped; a failed run is reported and the next one tries again. */
  start(onError: (error: unknown) => void, intervalMs?: number): void;
  stop(): void;
}

/**
 * The notification-schedule function on the local platform: the same jobs against DynamoDB Local,
 * on a timer. Runs of this process never overlap (each waits for the one before); overlapping
 * runs are safe anyway, as in AWS.
 */
export function createLocalNoticeSchedule(
  config: PlatformConfig,
  clock: Clock = () => new Date(),
): LocalNoticeSchedule {
  const job = createNoticeScheduleJob(config);
  const coverSweep = createCoverSweepJob(config);
  let last: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  // As the Lambda: the notices, then automatic cover's sweep (expired invitations move its lists on).
  const runOnce = () => {
    const run = last
      .catch(() => undefined)
      .then(async () => {
        const now = clock();
        const notices = await job.run(now);
        await coverSweep.run(now);
        return notices;
      });
    last = run;
    return run;
  };
  return {
    runOnce,
    start(onError, intervalMs = LOCAL_NOTICE_INTERVAL_MS) {
      if (timer) return;
      timer = setInterval(() => {
        runOnce().catch(onError);
      }, intervalMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
