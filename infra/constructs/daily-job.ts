import { type CfnElement, Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import type { Alarm } from 'aws-cdk-lib/aws-cloudwatch';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { alarmedDeadLetterQueue } from './dead-letter-queue.ts';
import type { NodeFunction } from './node-function.ts';

export interface DailyJobProps {
  job: NodeFunction;
  description: string;
  /** Hour of the day, Europe/Berlin. */
  hour: number;
}

/**
 * Runs a function once a day from EventBridge Scheduler, with its own role that may invoke
 * that function only. A run that cannot be delivered, or fails after its retries, lands in an
 * encrypted dead-letter queue, which raises an alarm. The job must be idempotent: it is retried.
 */
export class DailyJob extends Construct {
  static readonly RETRY_ATTEMPTS = 2;
  static readonly MAX_EVENT_AGE = Duration.hours(6);

  readonly schedule: Schedule;
  readonly deadLetterQueue: Queue;
  readonly role: Role;
  readonly deadLetterAlarm: Alarm;

  constructor(scope: Construct, id: string, props: DailyJobProps) {
    super(scope, id);
    const deadLetters = alarmedDeadLetterQueue(this, {
      of: "of the schedule's target and of the job's asynchronous invocations",
      alarmDescription: `${id}: a daily run was not delivered or failed after its retries.`,
    });
    this.deadLetterQueue = deadLetters.queue;
    this.deadLetterAlarm = deadLetters.alarm;
    this.role = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com'),
      description: `EventBridge Scheduler: invokes ${id} only`,
    });
    this.schedule = new Schedule(this, 'Schedule', {
      description: props.description,
      schedule: ScheduleExpression.cron({ minute: '15', hour: String(props.hour), timeZone: TimeZone.EUROPE_BERLIN }),
      target: new LambdaInvoke(props.job.fn, {
        role: this.role,
        deadLetterQueue: this.deadLetterQueue,
        retryAttempts: DailyJob.RETRY_ATTEMPTS,
        maxEventAge: DailyJob.MAX_EVENT_AGE,
      }),
    });
    Validations.of(this.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(props.job.fn.node.defaultChild as CfnElement)}.Arn>:*]`,
      reason:
        "LambdaInvoke's grant covers the job function and its versions (`<arn>:*`): still only this one function.",
    });
    // Scheduler invokes asynchronously: a run that throws is retried by Lambda, then dead-lettered.
    props.job.fn.configureAsyncInvoke({
      retryAttempts: DailyJob.RETRY_ATTEMPTS,
      maxEventAge: DailyJob.MAX_EVENT_AGE,
      onFailure: new SqsDestination(this.deadLetterQueue),
    });
  }
}
