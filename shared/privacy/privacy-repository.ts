import { randomUUID } from 'node:crypto';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  paginateQuery,
  type QueryCommandInput,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';
import { eventItem, inviteKey, matchItem, matchKey } from '../matches/match-keys.ts';
import type { Match, MatchEvent } from '../matches/schemas.ts';
import { needPartition } from '../needs/need-keys.ts';
import { profileKey } from '../volunteers/profile-keys.ts';
import { ERASURES_INDEX_KEY, erasureKey } from './activity-keys.ts';
import { anonymisedEvent, anonymisedMatch } from './anonymise.ts';

type Item = Record<string, unknown>;

export interface ErasureRequest {
  userId: string;
  /** Replaces the volunteer on their past matches; the same for every retry of one erasure. */
  anonymousId: string;
  requestedAt: string;
  reason: 'self' | 'inactive';
}

const STRIP = new Set([TABLE.partitionKey, TABLE.sortKey, 'GSI1PK', 'GSI1SK', 'type']);
const strip = <T>(item: Item) => Object.fromEntries(Object.entries(item).filter(([key]) => !STRIP.has(key))) as T;
const keyOf = (item: Item) => ({
  [TABLE.partitionKey]: item[TABLE.partitionKey],
  [TABLE.sortKey]: item[TABLE.sortKey],
});

/**
 * The reads and writes of the data-protection self-service that no other repository does: a
 * person's items by their keys (never a Scan), the erasure marker, and the anonymisation of
 * past matches.
 */
export class PrivacyRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private async query(input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    const items: Item[] = [];
    for await (const page of paginateQuery({ client: this.db }, { TableName: this.tableName, ...input }))
      items.push(...(page.Items ?? []));
    return items;
  }

  /** Every item of the volunteer's partition (profile, memberships, candidates, ledger, check, consents). */
  volunteerItems(volunteerId: string): Promise<Item[]> {
    return this.query({
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
      ExpressionAttributeValues: { ':pk': profileKey(volunteerId)[TABLE.partitionKey] },
      ConsistentRead: true,
    });
  }

  /**
   * When the person's web sessions began and end: read from the pointer items under their user
   * (`USER#<sub>`, see shared/auth/session-repository.ts); the token hash is never read.
   */
  async sessionTimes(userId: string): Promise<{ createdAt: string; expiresAt: string }[]> {
    const items = await this.query({
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#sk': TABLE.sortKey, '#expires': 'expiresAt' },
      ExpressionAttributeValues: { ':pk': `USER#${userId}`, ':prefix': 'SESSION#' },
      ProjectionExpression: 'createdAt, #expires',
    });
    return items.map((item) => ({
      createdAt: String(item.createdAt),
      expiresAt: new Date(Number(item.expiresAt) * 1000).toISOString(),
    }));
  }

  /** The history of one volunteer's match: their events in the need's partition. */
  async matchEvents(needId: string, volunteerId: string): Promise<(MatchEvent & { key: Item })[]> {
    const items = await this.query({
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      FilterExpression: 'volunteerId = :volunteer',
      ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#sk': TABLE.sortKey },
      ExpressionAttributeValues: { ':pk': needPartition(needId), ':prefix': 'EVENT#', ':volunteer': volunteerId },
      ConsistentRead: true,
    });
    return items.map((item) => ({ ...strip<MatchEvent>(item), key: keyOf(item) }));
  }

  /** Starts an erasure, or returns the one already under way (same anonymous id). */
  async startErasure(userId: string, reason: ErasureRequest['reason'], nowIso: string): Promise<ErasureRequest> {
    const request: ErasureRequest = { userId, anonymousId: `anonymous-${randomUUID()}`, requestedAt: nowIso, reason };
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...erasureKey(userId),
            GSI1PK: ERASURES_INDEX_KEY,
            GSI1SK: `${nowIso}#${userId}`,
            type: 'ErasureRequest',
            ...request,
          },
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
        }),
      );
      return request;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const existing = await this.db.send(
        new GetCommand({ TableName: this.tableName, Key: erasureKey(userId), ConsistentRead: true }),
      );
      return strip<ErasureRequest>(existing.Item ?? {});
    }
  }

  async finishErasure(userId: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: erasureKey(userId) }));
  }

  /** Erasures begun and not finished (GSI1 `ERASURES`), oldest first. */
  async pendingErasures(): Promise<ErasureRequest[]> {
    const items = await this.query({
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': ERASURES_INDEX_KEY },
    });
    return items.map((item) => strip<ErasureRequest>(item));
  }

  /**
   * Moves one past match, its history and any leftover invitation from the volunteer to
   * `anonymousId`. History first, the match last: the match (found by GSI1 `MATCHES#<sub>`) is
   * how a retry finds the need again, so it goes only when everything else has.
   */
  async anonymiseMatch(match: Match, anonymousId: string): Promise<void> {
    const { needId, volunteerId } = match;
    const events = await this.matchEvents(needId, volunteerId);
    for (let start = 0; start < events.length; start += 50) {
      const items = events.slice(start, start + 50).flatMap(({ key, ...event }) => [
        { Delete: { TableName: this.tableName, Key: key } },
        {
          Put: {
            TableName: this.tableName,
            // The old key's sequence: two runs of one erasure write the same item, not two.
            Item: eventItem(
              anonymisedEvent(event, volunteerId, anonymousId),
              String(key[TABLE.sortKey]).split('#').at(-1) ?? '',
            ),
          },
        },
      ]);
      await this.db.send(new TransactWriteCommand({ TransactItems: items }));
    }
    const { GSI1PK: _pk, GSI1SK: _sk, ...anonymous } = matchItem(anonymisedMatch(match, anonymousId));
    await this.db.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: this.tableName, Item: { ...anonymous, anonymised: true } } },
          { Delete: { TableName: this.tableName, Key: inviteKey(needId, volunteerId, match.date) } },
          { Delete: { TableName: this.tableName, Key: matchKey(needId, volunteerId, match.date) } },
        ],
      }),
    );
  }
}
