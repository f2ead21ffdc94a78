import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { configFromEnv } from '../../shared/config/env.ts';
import type { NoticeRun } from '../../shared/notifications/notice-schedule-job.ts';
import { createNoticeScheduleJob } from './job.ts';

const job = createNoticeScheduleJob(configFromEnv());

/**
 * Every 15 minutes, from EventBridge Scheduler: fires the notices that have come due (reminders,
 * invitation warnings, shortage warnings); the notifier mails them from the table's stream. A
 * run that throws has not moved its cursor and is retried (firing is idempotent).
 */
export const handler = middy<ScheduledEvent, NoticeRun>().handler(async () => job.run(new Date()));
