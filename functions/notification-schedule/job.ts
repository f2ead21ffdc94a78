import type { PlatformConfig } from '../../shared/config/env.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { NoticeScheduleJob } from '../../shared/notifications/notice-schedule-job.ts';
import { NoticeScheduleRepository } from '../../shared/notifications/notice-schedule-repository.ts';

/** The job as the Lambda, the local platform's timer, the tests and the bench build it. */
export function createNoticeScheduleJob(config: PlatformConfig): NoticeScheduleJob {
  return new NoticeScheduleJob(new NoticeScheduleRepository(createDocumentClient(config), config.tableName));
}
