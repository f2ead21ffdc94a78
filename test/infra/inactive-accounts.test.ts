/** The daily inactivity job in the template: schedule, its own role, retries, dead-letter queue. */
import { beforeAll, describe, expect, it } from 'vitest';
import { ScheduledJob } from '../../infra/constructs/scheduled-job.ts';
import { AUDIT_DENIED_ACTIONS, INACTIVE_ACCOUNTS_FUNCTION, type QuartiershilfeStack } from '../../infra/stack.ts';
import { templateStack } from '../support/template-stack.ts';

type Json = any;
let stack: QuartiershilfeStack;
let resources: Record<string, Json>;
const logicalId = (element: unknown): string => stack.resolve(stack.getLogicalId(element as never));

beforeAll(async () => {
  ({ stack, resources } = await templateStack());
});

describe('inactive-accounts job', () => {
  it('runs daily at 03:15 Berlin time from EventBridge Scheduler, with retries and a dead-letter queue', () => {
    const fn = stack.functions.get(INACTIVE_ACCOUNTS_FUNCTION);
    const schedules = Object.values(resources).filter(
      (r) =>
        r.Type === 'AWS::Scheduler::Schedule' &&
        JSON.stringify(r.Properties.Target.Arn).includes(logicalId(fn?.fn.node.defaultChild)),
    );
    expect(schedules).toHaveLength(1);
    const props = schedules[0].Properties;
    expect(props.ScheduleExpression).toBe('cron(15 3 * * ? *)');
    expect(props.ScheduleExpressionTimezone).toBe('Europe/Berlin');
    expect(props.State).not.toBe('DISABLED');
    expect(props.Target.Arn).toEqual({ 'Fn::GetAtt': [logicalId(fn?.fn.node.defaultChild), 'Arn'] });
    expect(props.Target.RetryPolicy).toEqual({
      MaximumRetryAttempts: ScheduledJob.RETRY_ATTEMPTS,
      MaximumEventAgeInSeconds: 6 * 3600,
    });
    const queue = logicalId(stack.inactiveAccounts.deadLetterQueue.node.defaultChild);
    expect(props.Target.DeadLetterConfig).toEqual({ Arn: { 'Fn::GetAtt': [queue, 'Arn'] } });
    expect(resources[queue].Properties).toMatchObject({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 86400,
    });
  });

  it('has a scheduler role that may invoke this one function and nothing else', () => {
    const role = logicalId(stack.inactiveAccounts.role.node.defaultChild);
    expect(resources[role].Properties.AssumeRolePolicyDocument.Statement[0].Principal).toEqual({
      Service: 'scheduler.amazonaws.com',
    });
    const statements = Object.values(resources)
      .filter((r) => r.Type === 'AWS::IAM::Policy' && r.Properties.Roles.some((x: Json) => x.Ref === role))
      .flatMap((p) => p.Properties.PolicyDocument.Statement);
    const fn = logicalId(stack.functions.get(INACTIVE_ACCOUNTS_FUNCTION)?.fn.node.defaultChild);
    const actions = statements.flatMap((s) => [s.Action].flat());
    expect(new Set(actions)).toEqual(new Set(['lambda:InvokeFunction', 'sqs:SendMessage']));
    for (const s of statements.filter((x) => [x.Action].flat().includes('lambda:InvokeFunction'))) {
      for (const resource of [s.Resource].flat()) expect(JSON.stringify(resource)).toContain(fn);
    }
  });

  it('retries a failed run twice, then dead-letters it, and alarms on the queue', () => {
    const fn = logicalId(stack.functions.get(INACTIVE_ACCOUNTS_FUNCTION)?.fn.node.defaultChild);
    const configs = Object.values(resources).filter(
      (r) => r.Type === 'AWS::Lambda::EventInvokeConfig' && r.Properties.FunctionName.Ref === fn,
    );
    expect(configs).toHaveLength(1);
    const queue = logicalId(stack.inactiveAccounts.deadLetterQueue.node.defaultChild);
    expect(configs[0].Properties).toMatchObject({
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 6 * 3600,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queue, 'Arn'] } } },
    });
    const alarm = resources[logicalId(stack.inactiveAccounts.deadLetterAlarm.node.defaultChild)];
    expect(alarm.Properties.Dimensions).toEqual([{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }]);
  });

  it('has table read/write (no Scan, no change to audit items), only AdminGetUser and AdminDeleteUser on the pool, and may send its reminders', () => {
    const role = logicalId(stack.functions.get(INACTIVE_ACCOUNTS_FUNCTION)?.role.node.defaultChild);
    const statements = Object.values(resources)
      .filter((r) => r.Type === 'AWS::IAM::Policy' && r.Properties.Roles.some((x: Json) => x.Ref === role))
      .flatMap((p) => p.Properties.PolicyDocument.Statement);
    const denied = statements.filter((s) => s.Effect === 'Deny').flatMap((s) => [s.Action].flat());
    expect(denied).toEqual(['dynamodb:Scan', ...AUDIT_DENIED_ACTIONS]);
    expect(statements.flatMap((s) => [s.Action].flat()).filter((a: string) => a.startsWith('ses:'))).toEqual([
      'ses:SendEmail',
    ]);
    const cognito = statements.flatMap((s) => [s.Action].flat()).filter((a: string) => a.startsWith('cognito-idp:'));
    expect(cognito).toEqual(['cognito-idp:AdminGetUser', 'cognito-idp:AdminDeleteUser']);
  });
});
