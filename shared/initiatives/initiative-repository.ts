import { createHash } from 'node:crypto';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  paginateQuery,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../db/conditional.ts';
import { idFor } from '../db/ids.ts';
import { TABLE } from '../db/table.ts';
import { NotFoundError, ValidationError, VersionConflictError } from '../errors/index.ts';
import { needKey } from '../needs/need-keys.ts';
import type { Initiative } from './schemas.ts';

/** The fields of a stored initiative (items written before renaming existed have no version: 1). */
function initiativeOf(item: Record<string, unknown>): Initiative {
  return {
    initiativeId: item.initiativeId as string,
    name: item.name as string,
    createdAt: item.createdAt as string,
    version: (item.version as number | undefined) ?? 1,
    ...(typeof item.deactivatedAt === 'string' && { deactivatedAt: item.deactivatedAt }),
  };
}

const initiativeKey = (id: string) => ({ [TABLE.partitionKey]: `INITIATIVE#${id}`, [TABLE.sortKey]: 'INITIATIVE' });
const linkKey = (id: string, needId: string) => ({
  [TABLE.partitionKey]: `INITIATIVE#${id}`,
  [TABLE.sortKey]: `NEED#${needId}`,
});

/**
 * Initiatives and their links to needs. A link is two facts written together: the need lists
 * the initiative (what the need page and access checks read) and the initiative lists the need
 * (what its members' page queries).
 */
export class InitiativeRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * Registers an initiative. Names are unique (case-insensitive): the id is derived from the
   * name, so registering the same name again — a retry or a double submit — returns the first.
   */
  async create(name: string, now: Date): Promise<Initiative> {
    const key = createHash('sha256').update(name.trim().toLowerCase()).digest('hex');
    const initiative: Initiative = {
      initiativeId: idFor('initiative', key),
      name,
      createdAt: now.toISOString(),
      version: 1,
    };
    // The id made from this name may belong to an initiative renamed since: then a new one gets its own id.
    const holder = await this.get(initiative.initiativeId);
    if (holder && holder.name.trim().toLowerCase() !== name.trim().toLowerCase()) {
      initiative.initiativeId = idFor('initiative', `${key.slice(0, 40)}-${now.getTime()}`);
    }
    const written = await this.db
      .send(
        new PutCommand({
          TableName: this.tableName,
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
          Item: {
            ...initiativeKey(initiative.initiativeId),
            GSI1PK: 'INITIATIVES',
            GSI1SK: name.toLowerCase(),
            type: 'Initiative',
            ...initiative,
          },
        }),
      )
      .then(
        () => true,
        (error: unknown) => {
          if (isConditionFailure(error)) return false;
          throw error;
        },
      );
    if (!written) return (await this.get(initiative.initiativeId)) ?? initiative;
    return initiative;
  }

  async get(initiativeId: string): Promise<Initiative | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: initiativeKey(initiativeId) }));
    if (!result.Item) return undefined;
    return initiativeOf(result.Item);
  }

  /**
   * Renames, deactivates or reactivates, if the initiative is still at `expectedVersion`; a
   * stale version changes nothing ({@link VersionConflictError}). Another initiative's name
   * (case-insensitive) is refused: names identify initiatives to admins and members.
   */
  async update(
    initiativeId: string,
    change: { name: string; active: boolean },
    expectedVersion: number,
    now: Date,
  ): Promise<Initiative> {
    const current = await this.get(initiativeId);
    if (!current) throw new NotFoundError('Initiative');
    const lower = change.name.toLowerCase();
    const taken = (await this.list()).some(
      (other) => other.initiativeId !== initiativeId && other.name.toLowerCase() === lower,
    );
    if (taken)
      throw new ValidationError([{ path: 'name', code: 'name_taken', message: 'Another initiative has this name' }]);
    const deactivatedAt = change.active ? undefined : (current.deactivatedAt ?? now.toISOString());
    try {
      const result = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: initiativeKey(initiativeId),
          UpdateExpression: `SET #name = :name, GSI1SK = :lower, version = :next${
            deactivatedAt ? ', deactivatedAt = :at' : ''
          }${deactivatedAt ? '' : ' REMOVE deactivatedAt'}`,
          ConditionExpression:
            expectedVersion === 1
              ? 'attribute_exists(#pk) AND (version = :expected OR attribute_not_exists(version))'
              : 'attribute_exists(#pk) AND version = :expected',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#name': 'name' },
          ExpressionAttributeValues: {
            ':name': change.name,
            ':lower': lower,
            ':next': expectedVersion + 1,
            ':expected': expectedVersion,
            ...(deactivatedAt && { ':at': deactivatedAt }),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return initiativeOf(result.Attributes ?? {});
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const latest = await this.get(initiativeId);
      if (!latest) throw new NotFoundError('Initiative');
      throw new VersionConflictError('Initiative', latest.version);
    }
  }

  async list(): Promise<Initiative[]> {
    const initiatives: Initiative[] = [];
    const pages = paginateQuery(
      { client: this.db },
      {
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': 'INITIATIVES' },
      },
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) initiatives.push(initiativeOf(item));
    }
    return initiatives;
  }

  async linkedNeedIds(initiativeId: string): Promise<string[]> {
    const ids: string[] = [];
    const pages = paginateQuery(
      { client: this.db },
      {
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :need)',
        ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#sk': TABLE.sortKey },
        ExpressionAttributeValues: { ':pk': `INITIATIVE#${initiativeId}`, ':need': 'NEED#' },
      },
    );
    for await (const page of pages) ids.push(...(page.Items ?? []).map((item) => item.needId as string));
    return ids;
  }

  /** Links idempotently: linking twice leaves one link. Returns false if the need is gone. */
  async link(initiativeId: string, needId: string, now: Date): Promise<boolean> {
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: needKey(needId),
                UpdateExpression: 'SET initiativeIds = list_append(initiativeIds, :one)',
                ConditionExpression: 'attribute_exists(#pk) AND NOT contains(initiativeIds, :id)',
                ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
                ExpressionAttributeValues: { ':one': [initiativeId], ':id': initiativeId },
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...linkKey(initiativeId, needId),
                  type: 'InitiativeLink',
                  needId,
                  initiativeId,
                  linkedAt: now.toISOString(),
                },
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const need = await this.db.send(
        new GetCommand({ TableName: this.tableName, Key: needKey(needId), ConsistentRead: true }),
      );
      return need.Item !== undefined;
    }
  }

  /**
   * Removes a link: both facts in one transaction. Idempotent: a need not linked (or linked
   * facts already gone) changes nothing. Returns false if the need does not exist.
   */
  async unlink(initiativeId: string, needId: string): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      const need = await this.db.send(
        new GetCommand({ TableName: this.tableName, Key: needKey(needId), ConsistentRead: true }),
      );
      const deleteLink = { Delete: { TableName: this.tableName, Key: linkKey(initiativeId, needId) } };
      if (!need.Item) {
        await this.db.send(new TransactWriteCommand({ TransactItems: [deleteLink] }));
        return false;
      }
      const index = ((need.Item.initiativeIds as string[] | undefined) ?? []).indexOf(initiativeId);
      if (index < 0) {
        await this.db.send(new TransactWriteCommand({ TransactItems: [deleteLink] }));
        return true;
      }
      try {
        await this.db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: this.tableName,
                  Key: needKey(needId),
                  // The position read above must still hold this initiative (another link or unlink may have moved it).
                  UpdateExpression: `REMOVE initiativeIds[${index}]`,
                  ConditionExpression: `initiativeIds[${index}] = :id`,
                  ExpressionAttributeValues: { ':id': initiativeId },
                },
              },
              deleteLink,
            ],
          }),
        );
        return true;
      } catch (error) {
        if (!isConditionFailure(error) || attempt >= 3) throw error;
      }
    }
  }
}
