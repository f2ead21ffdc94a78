import { type CfnElement, Duration, Stack, Validations } from 'aws-cdk-lib';
import type { Alarm } from 'aws-cdk-lib/aws-cloudwatch';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Schedule, type ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { alarmedDeadLetterQueue } from './dead-letter-queue.ts';
import type { NodeFunction } from './node-function.ts';

export interface ScheduledJobProps {
  job: NodeFunction;
  description: string;
  /**
   * When it runs, e.g. `ScheduleExpression.cron({ minute: '15', hour: '3', timeZone: TimeZone.EUROPE_BERLIN })`
   * or `ScheduleExpression.rate(Duration.minutes(15))`.
   */
  schedule: ScheduleExpression;
  /** How long a run that could not be delivered or failed is retried; default 6 hours. */
  maxEventAge?: Duration;
}

/**
 * Runs a function on a schedule from EventBridge Scheduler, with its own role that may invoke
 * that function only. A run that cannot be delivered, or fails after its retries, lands in an
 * encrypted dead-letter queue, which raises an alarm. The job must be idempotent: it is retried.
 */
export class ScheduledJob extends Construct {
  static readonly RETRY_ATTEMPTS = 2;
  static readonly MAX_EVENT_AGE = Duration.hours(6);

  readonly schedule: Schedule;
  readonly deadLetterQueue: Queue;
  readonly role: Role;
  readonly deadLetterAlarm: Alarm;

  constructor(scope: Construct, id: string, props: ScheduledJobProps) {
    super(scope, id);
    const deadLetters = alarmedDeadLetterQueue(this, {
      of: "of the schedule's target and of the job's asynchronous invocations",
      alarmDescription: `${id}: a scheduled run was not delivered or failed after its retries.`,
    });
    this.deadLetterQueue = deadLetters.queue;
    this.deadLetterAlarm = deadLetters.alarm;
    this.role = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com'),
      description: `EventBridge Scheduler: invokes ${id} only`,
    });
    this.schedule = new Schedule(this, 'Schedule', {
      description: props.description,
      schedule: props.schedule,
      target: new LambdaInvoke(props.job.fn, {
        role: this.role,
        deadLetterQueue: this.deadLetterQueue,
        retryAttempts: ScheduledJob.RETRY_ATTEMPTS,
        maxEventAge: props.maxEventAge ?? ScheduledJob.MAX_EVENT_AGE,
      }),
    });
    Validations.of(this.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(props.job.fn.node.defaultChild as CfnElement)}.Arn>:*]`,
      reason:
        "LambdaInvoke's grant covers the job function and its versions (`<arn>:*`): still only this one function.",
    });
    // Scheduler invokes asynchronously: a run that throws is retried by Lambda, then dead-lettered.
    props.job.fn.configureAsyncInvoke({
      retryAttempts: ScheduledJob.RETRY_ATTEMPTS,
      maxEventAge: props.maxEventAge ?? ScheduledJob.MAX_EVENT_AGE,
      onFailure: new SqsDestination(this.deadLetterQueue),
    });
  }
}
