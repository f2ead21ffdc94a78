import { type DynamoDBDocumentClient, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { TABLE } from '../db/table.ts';
import type { Need, NeedStatus } from './schemas.ts';

const STRIP = new Set([TABLE.partitionKey, TABLE.sortKey, 'GSI1PK', 'GSI1SK', 'type']);

/** A stored need item without its keys and type. */
export function toNeed(item: Record<string, unknown>): Need {
  return Object.fromEntries(Object.entries(item).filter(([key]) => !STRIP.has(key))) as Need;
}

/**
 * The needs of a quarter (GSI1 `NEEDS#<quarter>`), optionally of one status, ordered by status
 * and first date. Its own module, apart from the repository's writes, so a function that only
 * reads needs (the spreadsheet export) bundles only this.
 */
export async function listNeedsByQuarter(
  db: DynamoDBDocumentClient,
  tableName: string,
  quarterId: string,
  status?: NeedStatus,
): Promise<Need[]> {
  const needs: Need[] = [];
  const pages = paginateQuery(
    { client: db },
    {
      TableName: tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: status ? 'GSI1PK = :pk AND begins_with(GSI1SK, :status)' : 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': `NEEDS#${quarterId}`, ...(status && { ':status': `${status}#` }) },
    },
  );
  for await (const page of pages) needs.push(...(page.Items ?? []).map(toNeed));
  return needs;
}
