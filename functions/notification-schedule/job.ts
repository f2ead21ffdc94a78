import type { PlatformConfig } from '../../shared/config/env.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { CoverSweepJob } from '../../shared/matches/cover-sweep-job.ts';
import { NoticeScheduleJob } from '../../shared/notifications/notice-schedule-job.ts';
import { NoticeScheduleRepository } from '../../shared/notifications/notice-schedule-repository.ts';
import { matchingCore } from '../../shared/platform/factories/matching-core.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';

/** The job as the Lambda, the local platform's timer, the tests and the bench build it. */
export function createNoticeScheduleJob(config: PlatformConfig): NoticeScheduleJob {
  return new NoticeScheduleJob(new NoticeScheduleRepository(createDocumentClient(config), config.tableName));
}

/** Automatic cover's scheduled sweep (built as the Lambda and the local platform's timer build it). */
export function createCoverSweepJob(config: PlatformConfig): CoverSweepJob {
  const w = wire(lambdaBase(config), matchingCore);
  return new CoverSweepJob({
    needs: w.needRepository,
    sweep: (needId, now) => w.managerMatches.coverSweep(needId, now),
  });
}
