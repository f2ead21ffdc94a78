import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { MatchingProfile } from '../matching/types.ts';
import type { CandidateQuery, IndexedCheck } from './candidate-keys.ts';

export interface ReadCost {
  itemsRead: number;
  capacityUnits: number;
}

/** Page size while several required skills race (small, so the losers cost little). */
const RACE_PAGE = 100;

type Page = Record<string, unknown> | undefined;

/** One sort-key range of one partition read page by page: `next` is undefined once it is exhausted. */
interface Cursor {
  partitionKey: string;
  range: CandidateQuery['ranges'][number];
  started: boolean;
  next: Page;
}

/**
 * Reads the candidate index for a need (see candidate-keys.ts): every sort-key range in every
 * partition of a group. With one required skill (or none) it reads that skill's partitions whole. With several it reads them side by side, a
 * page each per round, and stops when one skill's partitions are exhausted: each skill's
 * partitions alone hold every eligible volunteer, so the smallest suffices and the reads stay
 * within a small multiple of it. No Scan.
 */
export class CandidateRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly racePage = RACE_PAGE,
  ) {}

  /** The profiles read, and the checks pool `M` items carry (by volunteer). */
  async read(
    query: CandidateQuery,
  ): Promise<{ profiles: MatchingProfile[]; checks: Map<string, IndexedCheck>; skill: string } & ReadCost> {
    const cost: ReadCost = { itemsRead: 0, capacityUnits: 0 };
    const limit = query.groups.length > 1 ? this.racePage : undefined;
    const groups = query.groups.map((group) => ({
      skill: group.skill,
      cursors: group.partitionKeys.flatMap((partitionKey) =>
        query.ranges.map((range): Cursor => ({ partitionKey, range, started: false, next: undefined })),
      ),
      profiles: new Map<string, MatchingProfile>(),
      checks: new Map<string, IndexedCheck>(),
    }));
    const exhausted = (cursors: Cursor[]) => cursors.every((cursor) => cursor.started && cursor.next === undefined);
    for (;;) {
      // Of the skills read to the end in the same round, the one with the fewest volunteers.
      const done = groups
        .filter((group) => exhausted(group.cursors))
        .sort((a, b) => a.profiles.size - b.profiles.size)[0];
      if (done) return { profiles: [...done.profiles.values()], checks: done.checks, skill: done.skill, ...cost };
      await Promise.all(
        groups.flatMap((group) =>
          group.cursors
            .filter((cursor) => !cursor.started || cursor.next !== undefined)
            .map(async (cursor) => {
              const page = await this.page(cursor, limit);
              cost.itemsRead += page.ScannedCount ?? 0;
              cost.capacityUnits += page.ConsumedCapacity?.CapacityUnits ?? 0;
              for (const item of page.Items ?? []) {
                const profile = item.profile as MatchingProfile;
                group.profiles.set(profile.volunteerId, profile);
                if (item.check) group.checks.set(profile.volunteerId, item.check as IndexedCheck);
              }
            }),
        ),
      );
    }
  }

  private async page(cursor: Cursor, limit: number | undefined): Promise<QueryCommandOutput> {
    const page = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': cursor.partitionKey, ':from': cursor.range.from, ':to': cursor.range.to },
        ExclusiveStartKey: cursor.next,
        Limit: limit,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    cursor.started = true;
    cursor.next = page.LastEvaluatedKey;
    return page;
  }
}
