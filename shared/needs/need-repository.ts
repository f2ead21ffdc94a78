import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  paginateQuery,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { batchGet } from '../db/batch-get.ts';
import { isConditionFailure, transactionCancellation } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';
import { VersionConflictError } from '../errors/index.ts';
import { AUTO_COVER_PARTITION, autoCoverItem, autoCoverKey, sweptNeed } from './auto-cover-keys.ts';
import { needItem, needKey } from './need-keys.ts';
import { listNeedsByQuarter, toNeed } from './need-reads.ts';
import type { Need, NeedStatus } from './schemas.ts';

/** One item of a TransactWriteItems call. */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Needs: one item each, indexed by quarter (GSI1 `NEEDS#<quarter>`). */
export class NeedRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(needId: string): Promise<Need | undefined> {
    const result = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: needKey(needId), ConsistentRead: true }),
    );
    return result.Item ? toNeed(result.Item) : undefined;
  }

  /** Creates the need; false (and nothing written) if a need with this id exists already. */
  async create(need: Need): Promise<boolean> {
    const put = {
      TableName: this.tableName,
      Item: needItem(need),
      ConditionExpression: 'attribute_not_exists(#pk)',
      ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
    };
    try {
      if (sweptNeed(need))
        await this.db.send(
          new TransactWriteCommand({
            TransactItems: [{ Put: put }, { Put: { TableName: this.tableName, Item: autoCoverItem(need) } }],
          }),
        );
      else await this.db.send(new PutCommand(put));
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /**
   * Replaces `previous` with `next` if the need is still as read: same version, accepted count
   * and fill round (accepting moves the count and the round without a new version); otherwise
   * {@link VersionConflictError}. The initiatives linked to the need are not the editor's to
   * write: an admin may link one between the manager's read and this write, so the list is left
   * as stored (an update of every other attribute, not a whole-item put). `also` (the need's history
   * event, scheduled notices) is written in the same transaction, only if the need's condition holds.
   * `pinRoster`: also only if no step changed who comes when since (`rosterVersion`).
   */
  async replace(
    next: Need,
    previous: Need,
    extra: TransactItem[] = [],
    options: { pinRoster?: boolean } = {},
  ): Promise<void> {
    const round = previous.fillRound ?? 0;
    // The sweep's list of needs with automatic cover follows the need in its own transaction.
    const also = [...extra, ...this.autoCoverWrites(next, previous)];
    // The roster's version is the match steps' to move (see roster.ts): an edit neither sets nor removes it.
    const {
      [TABLE.partitionKey]: _pk,
      [TABLE.sortKey]: _sk,
      initiativeIds: _links,
      rosterVersion: _roster,
      ...fields
    } = needItem(next);
    const { initiativeIds: _previousLinks, rosterVersion: _previousRoster, ...before } = needItem(previous);
    const names: Record<string, string> = { '#version': 'version' };
    const values: Record<string, unknown> = {
      ':expected': previous.version,
      ':accepted': previous.acceptedCount,
      ':round': round,
    };
    const set = Object.entries(fields).map(([name, value], index) => {
      names[`#s${index}`] = name;
      values[`:s${index}`] = value;
      return `#s${index} = :s${index}`;
    });
    // Attributes the edit cleared (optional fields left empty).
    const remove = Object.keys(before)
      .filter((name) => !(name in fields) && name !== TABLE.partitionKey && name !== TABLE.sortKey)
      .map((name, index) => {
        names[`#r${index}`] = name;
        return `#r${index}`;
      });
    // Who comes when, as read: a schedule change or a cancel judged "nobody committed" must not
    // pass a cover acceptance written meanwhile (see roster.ts).
    let roster = '';
    if (options.pinRoster) {
      names['#roster'] = 'rosterVersion';
      if (previous.rosterVersion === undefined) roster = ' AND attribute_not_exists(#roster)';
      else {
        roster = ' AND #roster = :roster';
        values[':roster'] = previous.rosterVersion;
      }
    }
    const update = {
      TableName: this.tableName,
      Key: needKey(next.needId),
      UpdateExpression: `SET ${set.join(', ')}${remove.length > 0 ? ` REMOVE ${remove.join(', ')}` : ''}`,
      ConditionExpression: `#version = :expected AND acceptedCount = :accepted AND ${round === 0 ? '(attribute_not_exists(fillRound) OR fillRound = :round)' : 'fillRound = :round'}${roster}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    };
    try {
      if (also.length === 0) await this.db.send(new UpdateCommand(update));
      else await this.db.send(new TransactWriteCommand({ TransactItems: [{ Update: update }, ...also] }));
    } catch (error) {
      // A collision with another transaction on the need (an acceptance, say) wrote nothing: read again.
      if (!isConditionFailure(error) && !transactionCancellation(error)?.collided) throw error;
      throw new VersionConflictError('Need', (await this.get(next.needId))?.version);
    }
  }

  private autoCoverWrites(next: Need, previous: Need): TransactItem[] {
    if (sweptNeed(next)) return [{ Put: { TableName: this.tableName, Item: autoCoverItem(next) } }];
    if (sweptNeed(previous) || previous.autoCover)
      return [{ Delete: { TableName: this.tableName, Key: autoCoverKey(next.needId) } }];
    return [];
  }

  /** The ids of the needs with automatic cover whose last date is `today` (Berlin) or later: one Query by key. */
  async autoCoverNeedIds(today: string): Promise<string[]> {
    const ids: string[] = [];
    const pages = paginateQuery(
      { client: this.db },
      {
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk',
        FilterExpression: 'lastDate >= :today',
        ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
        ExpressionAttributeValues: { ':pk': AUTO_COVER_PARTITION, ':today': today },
      },
    );
    for await (const page of pages) ids.push(...(page.Items ?? []).map((item) => String(item.needId)));
    return ids;
  }

  /** Several needs by id (BatchGet, 100 keys a call); unknown ids are left out. */
  async getMany(needIds: string[]): Promise<Map<string, Need>> {
    const keys = [...new Set(needIds)].map(needKey);
    const { items } = await batchGet(this.db, this.tableName, keys, { consistent: true });
    return new Map(items.map(toNeed).map((need) => [need.needId, need]));
  }

  /** The needs of a quarter, optionally of one status, ordered by status and first date. */
  listByQuarter(quarterId: string, status?: NeedStatus): Promise<Need[]> {
    return listNeedsByQuarter(this.db, this.tableName, quarterId, status);
  }
}
