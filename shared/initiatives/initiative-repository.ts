import { createHash } from 'node:crypto';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  paginateQuery,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../db/conditional.ts';
import { idFor } from '../db/ids.ts';
import { TABLE } from '../db/table.ts';
import { needKey } from '../needs/need-keys.ts';
import type { Initiative } from './schemas.ts';

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
    const initiative: Initiative = { initiativeId: idFor('initiative', key), name, createdAt: now.toISOString() };
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
    const { initiativeId: id, name, createdAt } = result.Item as Initiative;
    return { initiativeId: id, name, createdAt };
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
      for (const item of page.Items ?? [])
        initiatives.push({ initiativeId: item.initiativeId, name: item.name, createdAt: item.createdAt });
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
}
