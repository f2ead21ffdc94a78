import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  paginateQuery,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Role } from '../auth/caller.ts';
import { isConditionFailure } from '../db/conditional.ts';
import { ACTIVITY_MONTH_PREFIX, activityIndexKeys, activityKey } from './activity-keys.ts';

/** A person's last sign-in, and whether they were reminded since. */
export interface AccountActivity {
  userId: string;
  roles: Role[];
  lastSignInAt: string;
  /** Set to `lastSignInAt` when the inactivity reminder for that period went out. */
  remindedFor?: string | undefined;
  remindedAt?: string | undefined;
}

const toActivity = (item: Record<string, unknown>): AccountActivity => {
  const { userId, roles, lastSignInAt, remindedFor, remindedAt } = item as unknown as AccountActivity;
  return { userId, roles, lastSignInAt, remindedFor, remindedAt };
};

/** Sign-in activity for the inactivity job: written at sign-in, read by month (GSI1), never scanned. */
export class ActivityRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Records a sign-in: moves the item to this month in the index and clears the reminder. */
  async recordSignIn(userId: string, roles: Role[], nowIso: string): Promise<void> {
    await this.db
      .send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: activityKey(userId),
          UpdateExpression:
            'SET #type = :type, userId = :user, #roles = :roles, lastSignInAt = :now, GSI1PK = :gpk, GSI1SK = :gsk REMOVE remindedFor, remindedAt',
          // A late write from an older sign-in must not move the item back in time.
          ConditionExpression: 'attribute_not_exists(lastSignInAt) OR lastSignInAt <= :now',
          ExpressionAttributeNames: { '#type': 'type', '#roles': 'roles' },
          ExpressionAttributeValues: {
            ':type': 'AccountActivity',
            ':user': userId,
            ':roles': roles,
            ':now': nowIso,
            ':gpk': activityIndexKeys(userId, nowIso).GSI1PK,
            ':gsk': activityIndexKeys(userId, nowIso).GSI1SK,
          },
        }),
      )
      .catch((error: unknown) => {
        if (!isConditionFailure(error)) throw error;
      });
  }

  async get(userId: string): Promise<AccountActivity | undefined> {
    const result = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: activityKey(userId), ConsistentRead: true }),
    );
    return result.Item ? toActivity(result.Item) : undefined;
  }

  /** Accounts whose last sign-in was in `month` (`yyyy-mm`) and before `before` (ISO). */
  async lastSignedInBefore(month: string, before: string): Promise<AccountActivity[]> {
    const found: AccountActivity[] = [];
    const pages = paginateQuery(
      { client: this.db },
      {
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK < :before',
        ExpressionAttributeValues: { ':pk': `${ACTIVITY_MONTH_PREFIX}${month}`, ':before': before },
      },
    );
    for await (const page of pages) found.push(...(page.Items ?? []).map(toActivity));
    return found;
  }

  /**
   * Claims the reminder for the period of inactivity since `lastSignInAt`: true for exactly one
   * caller, however often or concurrently the job runs; false if already claimed or the person
   * signed in meanwhile.
   */
  async claimReminder(userId: string, lastSignInAt: string, nowIso: string): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: activityKey(userId),
          UpdateExpression: 'SET remindedFor = :seen, remindedAt = :now',
          ConditionExpression: 'lastSignInAt = :seen AND attribute_not_exists(remindedFor)',
          ExpressionAttributeValues: { ':seen': lastSignInAt, ':now': nowIso },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** Gives a claim back when the e-mail could not be sent, so the next run tries again. */
  async releaseReminder(userId: string, lastSignInAt: string, claimedAt: string): Promise<void> {
    await this.db
      .send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: activityKey(userId),
          UpdateExpression: 'REMOVE remindedFor, remindedAt',
          ConditionExpression: 'remindedFor = :seen AND remindedAt = :claimed',
          ExpressionAttributeValues: { ':seen': lastSignInAt, ':claimed': claimedAt },
        }),
      )
      .catch((error: unknown) => {
        if (!isConditionFailure(error)) throw error;
      });
  }

  async delete(userId: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: activityKey(userId) }));
  }
}
