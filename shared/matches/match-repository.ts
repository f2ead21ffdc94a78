import { randomBytes } from 'node:crypto';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  paginateQuery,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { batchGet } from '../db/batch-get.ts';
import { isConditionFailure, transactionCancellation } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';
import { needIndexKeys, needKey } from '../needs/need-keys.ts';
import { toNeed } from '../needs/need-reads.ts';
import type { Need } from '../needs/schemas.ts';
import type { DueChanges } from '../notifications/due-notice.ts';
import { dueWrites } from '../notifications/due-writes.ts';
import type { NeedEvent } from '../notifications/need-event.ts';
import { safeguardingKey } from '../safeguarding/safeguarding-repository.ts';
import { emptyLedger, type Ledger } from './ledger.ts';
import { eventItem, inviteKey, ledgerKey, matchItem, matchKey } from './match-keys.ts';
import { matchesOfNeed, stripKeys } from './match-reads.ts';
import type { Match, MatchEvent } from './schemas.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const strip = stripKeys;

/** Which part of a step's transaction failed its condition. */
export type StepConflict = 'need' | 'match' | 'invitation' | 'ledger' | 'safeguarding';

export class StepConflictError extends Error {
  constructor(readonly part: StepConflict) {
    super(`Condition failed: ${part}`);
  }
}

/** The need's count, status and (when it fills) fill round after a step that takes or frees a place. */
export interface NeedChange {
  acceptedCount: number;
  status: Need['status'];
  fillRound?: number;
}

/** One lifecycle step as planned (step-planner.ts), written as one transaction. */
export interface Step {
  /** The need as read: the conditions pin it. */
  need: Need;
  /** What the step changes on the need (absent: nothing). */
  needChange?: NeedChange;
  /** Require the need to be open (inviting, offering, accepting a place of the series). */
  needMustBeOpen: boolean;
  /** Require the need to be open or filled (cover for one date, an absence): not a draft, closed or cancelled. */
  needMustBeActive?: boolean;
  /**
   * The need's `rosterVersion` as read, for steps that change who comes on a date: the write
   * requires it unchanged and counts it up (see roster.ts).
   */
  rosterPin?: number;
  /** The match as read (undefined: none yet) and as it will be. */
  match: Match | undefined;
  next: Match;
  invitation?: { put: { expiresAt: number } } | { require: { nowSeconds: number } } | { remove: true };
  ledger?: { previous: Ledger; next: Ledger };
  /** Extends the volunteer's safeguarding facts' deletion date (epoch seconds). */
  keepSafeguardingUntil?: number;
  event: MatchEvent;
  /**
   * Scheduled notices the step puts and deletes (reminders, the invitation's warning), written
   * in the same transaction. A weekly need has at most 53 dates: with the step's own six items
   * that stays inside a transaction's 100.
   */
  notices?: DueChanges;
}

/**
 * The condition that the need has filled as often as when it was read. Accepting (and inviting,
 * offering) depends on it: an invitation made before the last fill is closed, even when the count
 * and status look as they did (filled, then a place reopened).
 */
export function sameFillRound(need: Need): { expression: string; values: Record<string, number> } {
  const round = need.fillRound ?? 0;
  return {
    expression: round === 0 ? '(attribute_not_exists(fillRound) OR fillRound = :round)' : 'fillRound = :round',
    values: { ':round': round },
  };
}

/** A cancelled transaction: which of its items failed a condition, or whether it only collided with another. */
const cancellation = transactionCancellation;

export interface NeedPartition {
  need: Need | undefined;
  matches: Match[];
  events: MatchEvent[];
  /** The need's own history: edits volunteers see, its cancellation, managers' messages. */
  needEvents: NeedEvent[];
}

/**
 * Matches, invitations, ledgers and the match history. Every lifecycle step is one
 * transaction whose conditions pin what the step was computed from (need count and status,
 * match version, invitation validity, ledger version): of two racing steps one wins, the other
 * changes nothing and learns which part moved.
 */
export class MatchRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The need with all its matches and history: one query of its partition. */
  async needPartition(needId: string): Promise<NeedPartition> {
    const result: NeedPartition = { need: undefined, matches: [], events: [], needEvents: [] };
    const pages = paginateQuery(
      { client: this.db },
      {
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
        ExpressionAttributeValues: { ':pk': needKey(needId)[TABLE.partitionKey] },
        ConsistentRead: true,
      },
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) {
        if (item.type === 'Need') result.need = toNeed(item);
        else if (item.type === 'Match') result.matches.push(strip<Match>(item));
        else if (item.type === 'MatchEvent') result.events.push(strip<MatchEvent>(item));
        else if (item.type === 'NeedEvent') result.needEvents.push(strip<NeedEvent>(item));
      }
    }
    return result;
  }

  /** Only the matches of a need (not its history, which grows without bound); `consistent` after a write. */
  matchesOf(needId: string, options: { consistent?: boolean } = {}): Promise<Match[]> {
    return matchesOfNeed(this.db, this.tableName, needId, options);
  }

  /** The series match (no date) or the cover match for one date. */
  async get(needId: string, volunteerId: string, date?: string): Promise<Match | undefined> {
    const result = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: matchKey(needId, volunteerId, date), ConsistentRead: true }),
    );
    return result.Item ? strip<Match>(result.Item) : undefined;
  }

  async listForVolunteer(volunteerId: string): Promise<Match[]> {
    const matches: Match[] = [];
    const pages = paginateQuery(
      { client: this.db },
      {
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': `MATCHES#${volunteerId}` },
      },
    );
    for await (const page of pages) matches.push(...(page.Items ?? []).map((item) => strip<Match>(item)));
    return matches;
  }

  async ledger(volunteerId: string): Promise<Ledger> {
    const result = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: ledgerKey(volunteerId), ConsistentRead: true }),
    );
    return result.Item ? strip<Ledger>(result.Item) : emptyLedger(volunteerId);
  }

  /** Ledgers of many volunteers (BatchGet, 100 keys a call); `itemsRead` counts what was read. */
  async ledgers(
    volunteerIds: string[],
  ): Promise<{ ledgers: Map<string, Ledger>; itemsRead: number; capacityUnits: number }> {
    const { items, capacityUnits } = await batchGet(this.db, this.tableName, volunteerIds.map(ledgerKey));
    const ledgers = new Map(items.map((item) => strip<Ledger>(item)).map((ledger) => [ledger.volunteerId, ledger]));
    return { ledgers, itemsRead: items.length, capacityUnits };
  }

  /** Removes the name and languages copied onto a match (the volunteer withdrew consent). */
  async erasePersonalData(needId: string, volunteerId: string, date?: string): Promise<void> {
    await this.db
      .send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: matchKey(needId, volunteerId, date),
          UpdateExpression: 'SET firstName = :erased, languages = :none',
          ConditionExpression: 'attribute_exists(#pk)',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
          ExpressionAttributeValues: { ':erased': '–', ':none': [] },
        }),
      )
      .catch((error: unknown) => {
        if (!isConditionFailure(error)) throw error;
      });
  }

  /** Saves a review on a match (still at the version read) together with its history entry. */
  async saveReview(previous: Match, next: Match, event: MatchEvent): Promise<void> {
    await this.writeVersioned(previous, next, event, []);
  }

  /** Writes a step atomically, or throws {@link StepConflictError} naming the part that moved. */
  async apply(step: Step): Promise<void> {
    const items: TransactItem[] = [];
    const parts: StepConflict[] = [];
    const { need } = step;
    const needUpdate = needWrite(this.tableName, step);
    if (needUpdate) {
      items.push(needUpdate);
      parts.push('need');
    }
    items.push({
      Put: {
        TableName: this.tableName,
        Item: matchItem(step.next),
        ...(step.match
          ? {
              ConditionExpression: '#version = :version',
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':version': step.match.version },
            }
          : {
              ConditionExpression: 'attribute_not_exists(#pk)',
              ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
            }),
      },
    });
    parts.push('match');
    const invitation = step.invitation;
    if (invitation && 'put' in invitation) {
      items.push({
        Put: {
          TableName: this.tableName,
          Item: {
            ...inviteKey(need.needId, step.next.volunteerId, step.next.date),
            type: 'Invitation',
            [TABLE.timeToLiveAttribute]: invitation.put.expiresAt,
          },
        },
      });
      parts.push('invitation');
    } else if (invitation && 'require' in invitation) {
      // Expired invitations linger until DynamoDB's TTL sweep: the condition filters them too.
      items.push({
        Delete: {
          TableName: this.tableName,
          Key: inviteKey(need.needId, step.next.volunteerId, step.next.date),
          ConditionExpression: '#expires > :now',
          ExpressionAttributeNames: { '#expires': TABLE.timeToLiveAttribute },
          ExpressionAttributeValues: { ':now': invitation.require.nowSeconds },
        },
      });
      parts.push('invitation');
    } else if (invitation && 'remove' in invitation) {
      items.push({
        Delete: { TableName: this.tableName, Key: inviteKey(need.needId, step.next.volunteerId, step.next.date) },
      });
      parts.push('invitation');
    }
    if (step.ledger) {
      const { previous, next } = step.ledger;
      items.push({
        Put: {
          TableName: this.tableName,
          Item: { ...ledgerKey(next.volunteerId), type: 'Ledger', ...next },
          ConditionExpression: previous.version === 0 ? 'attribute_not_exists(#pk)' : '#version = :version',
          ExpressionAttributeNames: previous.version === 0 ? { '#pk': TABLE.partitionKey } : { '#version': 'version' },
          ...(previous.version !== 0 && { ExpressionAttributeValues: { ':version': previous.version } }),
        },
      });
      parts.push('ledger');
    }
    if (step.keepSafeguardingUntil !== undefined) {
      items.push({
        Update: {
          TableName: this.tableName,
          Key: safeguardingKey(step.next.volunteerId),
          UpdateExpression: 'SET #expires = :until',
          ConditionExpression: 'attribute_exists(#pk)',
          ExpressionAttributeNames: { '#expires': TABLE.timeToLiveAttribute, '#pk': TABLE.partitionKey },
          ExpressionAttributeValues: { ':until': step.keepSafeguardingUntil },
        },
      });
      parts.push('safeguarding');
    }
    items.push({ Put: { TableName: this.tableName, Item: eventItem(step.event, randomBytes(4).toString('hex')) } });
    // Unconditional, and after every conditional item: `parts` keeps naming the failed condition.
    if (step.notices) items.push(...dueWrites(this.tableName, step.notices));
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      const cancelled = cancellation(error);
      const part = cancelled && parts[cancelled.failed];
      if (part) throw new StepConflictError(part);
      // Another transaction held one of the items: nothing was written, read again and decide again.
      if (cancelled?.collided) throw new StepConflictError('match');
      throw error;
    }
  }

  /**
   * Closes an invitation or offer (still at the version read) with its history entry, and removes
   * the invitation's expiry item. {@link StepConflictError} when the match moved meanwhile.
   */
  async close(previous: Match, next: Match, event: MatchEvent, notices?: DueChanges): Promise<void> {
    await this.writeVersioned(previous, next, event, [
      { Delete: { TableName: this.tableName, Key: inviteKey(next.needId, next.volunteerId, next.date) } },
      ...(notices ? dueWrites(this.tableName, notices) : []),
    ]);
  }

  /**
   * Replaces a match still at the version read, with its history entry and `also`, in one
   * transaction; {@link StepConflictError} when the match moved or another transaction held it.
   */
  private async writeVersioned(previous: Match, next: Match, event: MatchEvent, also: TransactItem[]): Promise<void> {
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: matchItem(next),
                ConditionExpression: '#version = :version',
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':version': previous.version },
              },
            },
            ...also,
            { Put: { TableName: this.tableName, Item: eventItem(event, randomBytes(4).toString('hex')) } },
          ],
        }),
      );
    } catch (error) {
      if (cancellation(error)) throw new StepConflictError('match');
      throw error;
    }
  }
}

/**
 * The need's part of a step: an update when the step changes its count, status, fill round or
 * roster (conditioned on each as read), a condition check when it only requires the need open or
 * active, nothing otherwise.
 */
function needWrite(tableName: string, step: Step): TransactItem | undefined {
  const { need, needChange, rosterPin } = step;
  const round = sameFillRound(need);
  const names: Record<string, string> = { '#status': 'status' };
  const values: Record<string, unknown> = {};
  const conditions: string[] = [];
  if (step.needMustBeOpen) {
    conditions.push('#status = :open', round.expression);
    Object.assign(values, { ':open': 'open' }, round.values);
  } else if (step.needMustBeActive) {
    conditions.push('#status IN (:open, :filled)');
    Object.assign(values, { ':open': 'open', ':filled': 'filled' });
  }
  const set: string[] = [];
  if (needChange) {
    const { acceptedCount, status, fillRound } = needChange;
    set.push('acceptedCount = :count', '#status = :status', 'GSI1SK = :sk');
    if (fillRound !== undefined) set.push('fillRound = :nextRound');
    conditions.push('acceptedCount = :before', '#status = :statusBefore');
    if (!step.needMustBeOpen) conditions.push(round.expression);
    Object.assign(values, round.values, {
      ':count': acceptedCount,
      ':status': status,
      ':sk': needIndexKeys({ ...need, status }).GSI1SK,
      ':before': need.acceptedCount,
      ':statusBefore': need.status,
      ...(fillRound !== undefined && { ':nextRound': fillRound }),
    });
  }
  if (rosterPin !== undefined) {
    set.push('rosterVersion = :nextRoster');
    conditions.push(
      rosterPin === 0 ? '(attribute_not_exists(rosterVersion) OR rosterVersion = :roster)' : 'rosterVersion = :roster',
    );
    Object.assign(values, { ':roster': rosterPin, ':nextRoster': rosterPin + 1 });
  }
  if (set.length === 0 && conditions.length === 0) return undefined;
  const key = needKey(need.needId);
  const condition = [...new Set(conditions)].join(' AND ');
  // DynamoDB refuses names an expression does not use, and an empty map of names (a step that only
  // moves the roster: cover withdrawn or cancelled).
  if (!`${condition} ${set.join()}`.includes('#status')) delete names['#status'];
  const withNames = Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {};
  if (set.length === 0)
    return {
      ConditionCheck: {
        TableName: tableName,
        Key: key,
        ConditionExpression: condition,
        ...withNames,
        ExpressionAttributeValues: values,
      },
    };
  set.push('updatedAt = :now');
  values[':now'] = step.event.at;
  return {
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: `SET ${set.join(', ')}`,
      ConditionExpression: condition,
      ...withNames,
      ExpressionAttributeValues: values,
    },
  };
}
