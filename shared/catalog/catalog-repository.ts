import { type DynamoDBDocumentClient, GetCommand, PutCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';
import { AlreadyExistsError, NotFoundError, VersionConflictError } from '../errors/index.ts';
import type { CatalogEntries, CatalogEntry, CatalogKind } from './catalog-entries.ts';
import type { Catalog } from './schemas.ts';

const PARTITION = 'CATALOG';

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

const ENTITY: Record<CatalogKind, string> = { quarter: 'Quarter', venue: 'Venue', skill: 'Skill' };

interface StoredEntry {
  entry: CatalogEntry;
  /** Absent on entries written before admins could retire them. */
  retired?: boolean;
  /** Absent on seeded entries never edited by an admin (counts as 1). */
  version?: number;
}

/**
 * Quarters, venues and the skill catalogue: one small partition, read with one query. Entries are
 * never deleted: an admin retires them, so profiles and needs that name one stay readable.
 */
export class CatalogRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private async *items(consistent: boolean): AsyncGenerator<StoredEntry> {
    const pages = paginateQuery(
      { client: this.db },
      {
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
        ExpressionAttributeValues: { ':pk': PARTITION },
        ConsistentRead: consistent,
      },
    );
    for await (const page of pages) for (const item of page.Items ?? []) yield item as StoredEntry;
  }

  /** What is offered (active entries), with the retired ones apart. */
  async load(): Promise<Catalog> {
    const catalog: Catalog = { quarters: [], venues: [], skills: [] };
    const retired: NonNullable<Catalog['retired']> = { quarters: [], venues: [], skills: [] };
    for await (const { entry, retired: isRetired } of this.items(false)) {
      const target = isRetired ? retired : catalog;
      if (entry.kind === 'quarter') target.quarters.push(entry.value);
      else if (entry.kind === 'venue') target.venues.push(entry.value);
      else target.skills.push(entry.value);
    }
    catalog.retired = retired;
    return catalog;
  }

  /** Every entry with its state and version, read consistently (the admin's view right after a change). */
  async entries(): Promise<CatalogEntries> {
    const entries: CatalogEntries = { quarters: [], venues: [], skills: [] };
    for await (const { entry, retired, version } of this.items(true)) {
      const state = { retired: retired ?? false, version: version ?? 1 };
      if (entry.kind === 'quarter') entries.quarters.push({ ...entry.value, ...state });
      else if (entry.kind === 'venue') entries.venues.push({ ...entry.value, ...state });
      else entries.skills.push({ ...entry.value, ...state });
    }
    return entries;
  }

  /**
   * Writes a demo entry (the local platform's seed). Idempotent, and it never overwrites what an
   * admin changed: only a missing entry, or one no admin has edited yet (no version), is written.
   */
  async put(entry: CatalogEntry): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { [TABLE.partitionKey]: PARTITION, [TABLE.sortKey]: sortKey(entry), type: 'CatalogEntry', entry },
          ConditionExpression: 'attribute_not_exists(#pk) OR attribute_not_exists(version)',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  /** Adds a new entry at version 1; an id already taken (active or retired) is a conflict. */
  async create(entry: CatalogEntry): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            [TABLE.partitionKey]: PARTITION,
            [TABLE.sortKey]: sortKey(entry),
            type: 'CatalogEntry',
            entry,
            retired: false,
            version: 1,
          },
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new AlreadyExistsError(ENTITY[entry.kind]);
      throw error;
    }
  }

  /**
   * Replaces an entry if it is still at `expectedVersion` (a seeded entry without a version
   * counts as 1). A stale version changes nothing and fails with {@link VersionConflictError}.
   * @returns the new version
   */
  async update(entry: CatalogEntry, retired: boolean, expectedVersion: number): Promise<number> {
    const key = { [TABLE.partitionKey]: PARTITION, [TABLE.sortKey]: sortKey(entry) };
    const version = expectedVersion + 1;
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...key, type: 'CatalogEntry', entry, retired, version },
          ConditionExpression:
            expectedVersion === 1
              ? 'attribute_exists(#pk) AND (version = :expected OR attribute_not_exists(version))'
              : 'attribute_exists(#pk) AND version = :expected',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
          ExpressionAttributeValues: { ':expected': expectedVersion },
        }),
      );
      return version;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const current = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }));
      if (!current.Item) throw new NotFoundError(ENTITY[entry.kind]);
      throw new VersionConflictError(ENTITY[entry.kind], (current.Item as StoredEntry).version ?? 1);
    }
  }
}
