import { type CfnElement, Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
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
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        "This queue is itself a dead-letter queue: of the schedule's target and of the job's asynchronous " +
        "invocations. cdk-nag only recognises queues named in another queue's RedrivePolicy.",
    });
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
    this.deadLetterAlarm = new Alarm(this, 'DeadLetterAlarm', {
      alarmDescription: `${id}: a daily run was not delivered or failed after its retries.`,
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      }),
      threshold: 0,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
