import {
  type DynamoDBDocumentClient,
  GetCommand,
  paginateQuery,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Role } from '../auth/caller.ts';
import { isConditionFailure } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';
import { isLang, type Lang } from '../i18n/languages.ts';
import { needPartition } from '../needs/need-keys.ts';

/** Whose feed: a volunteer's commitments, or the needs of a manager's (an admin's: every) quarter. */
export type FeedAudience = 'volunteer' | 'manager';

/** A secret feed URL's item: who it belongs to and what it shows. */
export interface CalendarFeed {
  token: string;
  userId: string;
  audience: FeedAudience;
  /** The roles when it was made; the roles an admin set since (USER#<sub>/ROLES) take precedence. */
  roles: Role[];
  language: Lang;
  createdAt: string;
}

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export const feedKey = (token: string) => ({ [TABLE.partitionKey]: `FEED#${token}`, [TABLE.sortKey]: 'FEED' });
/** A person's current feed token: found by key from their id (pages, renew, erasure). */
export const feedPointerKey = (userId: string) => ({
  [TABLE.partitionKey]: `USER#${userId}`,
  [TABLE.sortKey]: 'CALENDAR',
});

const feedOf = (item: Record<string, unknown>): CalendarFeed => ({
  token: String(item.token),
  userId: String(item.userId),
  audience: item.audience === 'manager' ? 'manager' : 'volunteer',
  roles: (item.roles as Role[] | undefined) ?? [],
  language: isLang(item.language) ? item.language : 'de',
  createdAt: String(item.createdAt),
});

/**
 * Calendar feed tokens: `FEED#<token>` (read by the public feed URL) and the person's pointer
 * `USER#<sub>/CALENDAR` to their one current token. Both change together in one transaction, so
 * a renewed token stops working the moment the new one exists.
 */
export class CalendarFeedRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(token: string): Promise<CalendarFeed | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: feedKey(token) }));
    return result.Item ? feedOf(result.Item) : undefined;
  }

  /** The person's current feed, read through their pointer. */
  async current(userId: string): Promise<CalendarFeed | undefined> {
    const pointer = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: feedPointerKey(userId), ConsistentRead: true }),
    );
    const token = pointer.Item?.token;
    if (typeof token !== 'string') return undefined;
    const feed = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: feedKey(token), ConsistentRead: true }),
    );
    return feed.Item ? feedOf(feed.Item) : undefined;
  }

  /**
   * Makes `feed` the person's feed: the first one (`previous` undefined) or in place of
   * `previous`, whose item goes in the same transaction. false (nothing written) when the
   * pointer moved meanwhile: another request made or renewed one first.
   */
  async replace(feed: CalendarFeed, previous: CalendarFeed | undefined): Promise<boolean> {
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...feedPointerKey(feed.userId),
            type: 'CalendarFeedPointer',
            userId: feed.userId,
            token: feed.token,
            createdAt: feed.createdAt,
          },
          ...(previous
            ? { ConditionExpression: '#token = :previous', ExpressionAttributeValues: { ':previous': previous.token } }
            : { ConditionExpression: 'attribute_not_exists(#token)' }),
          ExpressionAttributeNames: { '#token': 'token' },
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: { ...feedKey(feed.token), type: 'CalendarFeed', ...feed },
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
        },
      },
    ];
    if (previous) items.push({ Delete: { TableName: this.tableName, Key: feedKey(previous.token) } });
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: items }));
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** Deletes the person's feed and pointer (erasure). Idempotent. */
  async deleteAllOf(userId: string): Promise<void> {
    const pointer = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: feedPointerKey(userId), ConsistentRead: true }),
    );
    const token = pointer.Item?.token;
    if (typeof token !== 'string') return;
    await this.db.send(
      new TransactWriteCommand({
        TransactItems: [
          { Delete: { TableName: this.tableName, Key: feedKey(token) } },
          { Delete: { TableName: this.tableName, Key: feedPointerKey(userId) } },
        ],
      }),
    );
  }

  /**
   * Whether the volunteer's match with a need was ever accepted (an accept in its history): only
   * then was it in their calendar, and only then does its end need a cancellation there.
   */
  async wasAccepted(needId: string, volunteerId: string): Promise<boolean> {
    const pages = paginateQuery(
      { client: this.db },
      {
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :event)',
        FilterExpression: 'volunteerId = :volunteer AND #to = :accepted',
        ProjectionExpression: '#pk',
        ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#sk': TABLE.sortKey, '#to': 'to' },
        ExpressionAttributeValues: {
          ':pk': needPartition(needId),
          ':event': 'EVENT#',
          ':volunteer': volunteerId,
          ':accepted': 'accepted',
        },
      },
    );
    for await (const page of pages) if ((page.Items ?? []).length > 0) return true;
    return false;
  }
}
