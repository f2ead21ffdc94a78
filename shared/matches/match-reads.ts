import { type DynamoDBDocumentClient, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { TABLE } from '../db/table.ts';
import { needPartition } from '../needs/need-keys.ts';
import type { Match } from './schemas.ts';

const STRIP = new Set([TABLE.partitionKey, TABLE.sortKey, 'GSI1PK', 'GSI1SK', 'type']);

/** A stored item without its keys and type. */
export const stripKeys = <T>(item: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(item).filter(([key]) => !STRIP.has(key))) as T;

/**
 * Only the matches of a need (`PK = NEED#<id>`, `MATCH#`; not its history, which grows without
 * bound); `consistent` after a write. Its own module, apart from the repository's transactions,
 * so a function that only reads matches (the spreadsheet export) bundles only this.
 */
export async function matchesOfNeed(
  db: DynamoDBDocumentClient,
  tableName: string,
  needId: string,
  options: { consistent?: boolean } = {},
): Promise<Match[]> {
  const matches: Match[] = [];
  const pages = paginateQuery(
    { client: db },
    {
      TableName: tableName,
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :match)',
      ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#sk': TABLE.sortKey },
      ExpressionAttributeValues: { ':pk': needPartition(needId), ':match': 'MATCH#' },
      ...(options.consistent && { ConsistentRead: true }),
    },
  );
  for await (const page of pages) matches.push(...(page.Items ?? []).map((item) => stripKeys<Match>(item)));
  return matches;
}
