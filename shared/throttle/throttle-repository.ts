import { createHash } from 'node:crypto';
import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';
import type { ThrottleState } from './policy.ts';
import type { ThrottledAction, ThrottleScope } from './rules.ts';

/** One throttled subject: an account or a client address, for one action. */
export interface ThrottleSubject {
  action: ThrottledAction;
  scope: ThrottleScope;
  /** The normalised e-mail address or client address; only its hash is stored. */
  value: string;
}

/** The state as read, with the version a conditional write must find. */
export interface StoredThrottle {
  state: ThrottleState;
  /** 0 when there is no item (or only an expired one: its version is kept to overwrite it safely). */
  version: number;
}

const hashOf = (value: string) => createHash('sha256').update(value).digest('base64url');
const keyOf = (subject: ThrottleSubject) => ({
  [TABLE.partitionKey]: `THROTTLE#${subject.action}#${subject.scope}#${hashOf(subject.value)}`,
  [TABLE.sortKey]: 'THROTTLE',
});

/**
 * Failure counts and lockouts (shared/throttle/policy.ts) in the one table. Writes are conditional
 * on the version read, so two concurrent attempts cannot both count from the same state. Items
 * expire by TTL; DynamoDB deletes lazily (DynamoDB Local never), so expired items read as empty.
 */
export class ThrottleRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(subject: ThrottleSubject, nowMs: number): Promise<StoredThrottle> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keyOf(subject), ConsistentRead: true }),
    );
    if (!Item) return { state: { failures: 0, lockedUntil: 0 }, version: 0 };
    const version = Number(Item.version ?? 0);
    if (Number(Item[TABLE.timeToLiveAttribute] ?? 0) * 1000 <= nowMs) {
      return { state: { failures: 0, lockedUntil: 0 }, version };
    }
    return { state: { failures: Number(Item.failures ?? 0), lockedUntil: Number(Item.lockedUntil ?? 0) }, version };
  }

  /** Stores `state` if the item is still at `version`; false when someone else wrote first. */
  async put(subject: ThrottleSubject, state: ThrottleState, version: number, expiresAt: number): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keyOf(subject),
            type: 'Throttle',
            action: subject.action,
            scope: subject.scope,
            failures: state.failures,
            lockedUntil: state.lockedUntil,
            version: version + 1,
            [TABLE.timeToLiveAttribute]: expiresAt,
          },
          ConditionExpression: version === 0 ? 'attribute_not_exists(#pk)' : '#version = :version',
          ExpressionAttributeNames: version === 0 ? { '#pk': TABLE.partitionKey } : { '#version': 'version' },
          ...(version !== 0 && { ExpressionAttributeValues: { ':version': version } }),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** Forgets the subject (a successful sign-in ends the account's count). */
  async delete(subject: ThrottleSubject): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: keyOf(subject) }));
  }
}
