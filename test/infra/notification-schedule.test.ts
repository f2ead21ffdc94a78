/** The notice job in the template: every 15 minutes from EventBridge Scheduler, its own roles, least-privilege table access. */
import { beforeAll, describe, expect, it } from 'vitest';
import { ScheduledJob } from '../../infra/constructs/scheduled-job.ts';
import { AUDIT_DENIED_ACTIONS, NOTIFICATION_SCHEDULE_FUNCTION, type QuartiershilfeStack } from '../../infra/stack.ts';
import { templateStack } from '../support/template-stack.ts';

type Json = any;
let stack: QuartiershilfeStack;
let resources: Record<string, Json>;
const logicalId = (element: unknown): string => stack.resolve(stack.getLogicalId(element as never));
const statementsOf = (role: string) =>
  Object.values(resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy' && r.Properties.Roles.some((x: Json) => x.Ref === role))
    .flatMap((p) => p.Properties.PolicyDocument.Statement);

beforeAll(async () => {
  ({ stack, resources } = await templateStack());
});

describe('notification-schedule job', () => {
  it('runs every 15 minutes from EventBridge Scheduler, retried for an hour, then dead-lettered', () => {
    const fn = logicalId(stack.functions.get(NOTIFICATION_SCHEDULE_FUNCTION)?.fn.node.defaultChild);
    const schedules = Object.values(resources).filter(
      (r) => r.Type === 'AWS::Scheduler::Schedule' && JSON.stringify(r.Properties.Target.Arn).includes(fn),
    );
    expect(schedules).toHaveLength(1);
    const props = schedules[0].Properties;
    expect(props.ScheduleExpression).toBe('rate(15 minutes)');
    expect(props.State).not.toBe('DISABLED');
    expect(props.Target.RetryPolicy).toEqual({
      MaximumRetryAttempts: ScheduledJob.RETRY_ATTEMPTS,
      MaximumEventAgeInSeconds: 3600,
    });
    const queue = logicalId(stack.notificationSchedule.deadLetterQueue.node.defaultChild);
    expect(props.Target.DeadLetterConfig).toEqual({ Arn: { 'Fn::GetAtt': [queue, 'Arn'] } });
    const configs = Object.values(resources).filter(
      (r) => r.Type === 'AWS::Lambda::EventInvokeConfig' && r.Properties.FunctionName.Ref === fn,
    );
    expect(configs[0]?.Properties).toMatchObject({
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 3600,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queue, 'Arn'] } } },
    });
  });

  it('has a scheduler role that may invoke this one function only', () => {
    const fn = logicalId(stack.functions.get(NOTIFICATION_SCHEDULE_FUNCTION)?.fn.node.defaultChild);
    const statements = statementsOf(logicalId(stack.notificationSchedule.role.node.defaultChild));
    expect(new Set(statements.flatMap((s) => [s.Action].flat()))).toEqual(
      new Set(['lambda:InvokeFunction', 'sqs:SendMessage']),
    );
    for (const s of statements.filter((x) => [x.Action].flat().includes('lambda:InvokeFunction'))) {
      for (const resource of [s.Resource].flat()) expect(JSON.stringify(resource)).toContain(fn);
    }
  });

  it('may Query, GetItem, BatchGetItem, PutItem and UpdateItem on the table and Query GSI1 (automatic cover reads candidates), no Scan, no delete, nothing else', () => {
    const fn = stack.functions.get(NOTIFICATION_SCHEDULE_FUNCTION);
    const statements = statementsOf(logicalId(fn?.role.node.defaultChild));
    const allowed = statements.filter((s) => s.Effect !== 'Deny');
    const actions = allowed.flatMap((s) => [s.Action].flat());
    expect([...new Set(actions.filter((a: string) => a.startsWith('dynamodb:')))].sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
    ]);
    const table = logicalId(stack.table.node.defaultChild);
    const gsi1 = { 'Fn::Join': ['', [{ 'Fn::GetAtt': [table, 'Arn'] }, '/index/GSI1']] };
    for (const s of allowed.filter((x) => [x.Action].flat().some((a: string) => a.startsWith('dynamodb:')))) {
      // The index only for Query; everything else on the table itself.
      if (JSON.stringify(s.Resource) === JSON.stringify(gsi1)) expect(s.Action).toBe('dynamodb:Query');
      else expect(s.Resource).toEqual({ 'Fn::GetAtt': [table, 'Arn'] });
    }
    // Besides the table: its own log group, and the failure destination (dead-letter queue) of asynchronous runs.
    const queue = logicalId(stack.notificationSchedule.deadLetterQueue.node.defaultChild);
    const others = allowed.filter((x) => ![x.Action].flat().some((a: string) => /^(dynamodb|logs):/.test(a)));
    expect(others.length).toBeGreaterThan(0);
    for (const s of others) {
      for (const action of [s.Action].flat()) expect(action).toMatch(/^sqs:/);
      expect(s.Resource).toEqual({ 'Fn::GetAtt': [queue, 'Arn'] });
    }
    const denied = statements.filter((s) => s.Effect === 'Deny').flatMap((s) => [s.Action].flat());
    expect(denied).toEqual(['dynamodb:Scan', ...AUDIT_DENIED_ACTIONS]);
  });
});
