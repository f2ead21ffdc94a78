import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * An encrypted, TLS-only dead-letter queue kept 14 days, and an alarm as soon as anything lands
 * in it. `of` says whose dead letters it holds (cdk-nag's SQS3 only recognises queues named in
 * another queue's RedrivePolicy, so the acknowledgement says why this one needs none).
 */
export function alarmedDeadLetterQueue(
  scope: Construct,
  props: { of: string; alarmDescription: string },
): { queue: Queue; alarm: Alarm } {
  const queue = new Queue(scope, 'DeadLetterQueue', {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: `This queue is itself a dead-letter queue: ${props.of}. cdk-nag only recognises queues named in another queue's RedrivePolicy.`,
  });
  const alarm = new Alarm(scope, 'DeadLetterAlarm', {
    alarmDescription: props.alarmDescription,
    metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
    threshold: 0,
    evaluationPeriods: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  return { queue, alarm };
}
