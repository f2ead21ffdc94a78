import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { configFromEnv } from '../../shared/config/env.ts';
import type { CoverSweepRun } from '../../shared/matches/cover-sweep-job.ts';
import type { NoticeRun } from '../../shared/notifications/notice-schedule-job.ts';
import { createCoverSweepJob, createNoticeScheduleJob } from './job.ts';

const config = configFromEnv();
const job = createNoticeScheduleJob(config);
const coverSweep = createCoverSweepJob(config);

/**
 * Every 15 minutes, from EventBridge Scheduler: fires the notices that have come due (reminders,
 * invitation warnings, shortage warnings); the notifier mails them from the table's stream. A
 * run that throws has not moved its cursor and is retried (firing is idempotent). Then sweeps the
 * needs with automatic cover (an expired invitation moves their waiting list on).
 */
export const handler = middy<ScheduledEvent, NoticeRun & { cover: CoverSweepRun }>().handler(async () => {
  const now = new Date();
  const run = await job.run(now);
  return { ...run, cover: await coverSweep.run(now) };
});
