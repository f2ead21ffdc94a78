import { type DynamoDBDocumentClient, PutCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { TABLE } from '../db/table.ts';
import type { Catalog, Quarter, Skill, Venue } from './schemas.ts';

const PARTITION = 'CATALOG';

type CatalogEntry =
  | { kind: 'quarter'; value: Quarter }
  | { kind: 'venue'; value: Venue }
  | { kind: 'skill'; value: Skill };

function sortKey(entry: CatalogEntry): string {
  switch (entry.kind) {
    case 'quarter':
      return `QUARTER#${entry.value.id}`;
    case 'venue':
      return `VENUE#${entry.value.quarterId}#${entry.value.id}`;
    case 'skill':
      return `SKILL#${entry.value.id}`;
  }
}

/** Quarters, venues and the skill catalogue: one small partition, read with one query. */
export class CatalogRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async load(): Promise<Catalog> {
    const catalog: Catalog = { quarters: [], venues: [], skills: [] };
    const pages = paginateQuery(
      { client: this.db },
      {
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
        ExpressionAttributeValues: { ':pk': PARTITION },
      },
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) {
        const entry = item.entry as CatalogEntry;
        if (entry.kind === 'quarter') catalog.quarters.push(entry.value);
        else if (entry.kind === 'venue') catalog.venues.push(entry.value);
        else catalog.skills.push(entry.value);
      }
    }
    return catalog;
  }

  /** Idempotent: writing the same entry twice leaves one item. */
  async put(entry: CatalogEntry): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { [TABLE.partitionKey]: PARTITION, [TABLE.sortKey]: sortKey(entry), type: 'CatalogEntry', entry },
      }),
    );
  }
}
