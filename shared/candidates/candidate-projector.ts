import { type DynamoDBDocumentClient, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { batchWrite, deleteRequest, putRequest, type WriteRequest } from '../db/batch-write.ts';
import { TABLE } from '../db/table.ts';
import type { ConstraintContext } from '../matching/constraints.ts';
import type { SafeguardingRepository } from '../safeguarding/safeguarding-repository.ts';
import { berlinDate } from '../time/calendar.ts';
import { keyOf, profileKey } from '../volunteers/profile-keys.ts';
import type { ProfileRepository } from '../volunteers/profile-repository.ts';
import { CANDIDATE_LAYOUT, CANDIDATE_PREFIX, candidateItems } from './candidate-keys.ts';

export interface CandidateProjectorDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  profiles: ProfileRepository;
  safeguarding: SafeguardingRepository;
  constraints: ConstraintContext;
  /** Items per page when reading a volunteer's stored items (default: DynamoDB's 1 MB pages). */
  existingPageSize?: number;
}

export interface Projection {
  written: number;
  deleted: number;
}

/**
 * Keeps a volunteer's candidate index items equal to what their profile and safeguarding facts
 * say (candidateItems). Driven by the table's stream; it reads the current state rather than
 * the record's image, so a repeated, late or out-of-order record only makes it converge again.
 * Items already right (same source — profile version and, in pool `M`, the check — and layout)
 * are not rewritten. One profile change writes at most MAX_CANDIDATE_ITEMS items (and deletes at
 * most as many).
 */
export class CandidateProjector {
  constructor(private readonly deps: CandidateProjectorDeps) {}

  /** Brings the volunteer's candidate items up to date; none when the profile is gone. */
  async project(volunteerId: string, now: Date): Promise<Projection> {
    const { profiles, safeguarding, constraints } = this.deps;
    const [profile, facts, existing] = await Promise.all([
      profiles.get(volunteerId),
      safeguarding.get(volunteerId, now),
      this.existing(volunteerId),
    ]);
    const wanted = profile ? candidateItems(profile, facts, constraints, berlinDate(now)) : [];
    const wantedKeys = new Set(wanted.map((item) => item[TABLE.sortKey] as string));
    const writes: WriteRequest[] = [];
    for (const item of wanted) {
      const current = existing.get(item[TABLE.sortKey] as string);
      if (current?.source !== item.source || current?.layout !== CANDIDATE_LAYOUT) writes.push(putRequest(item));
    }
    let deleted = 0;
    for (const [sortKey, current] of existing) {
      if (wantedKeys.has(sortKey)) continue;
      writes.push(deleteRequest(keyOf(current)));
      deleted++;
    }
    if (writes.length > 0) await batchWrite(this.deps.db, this.deps.tableName, writes, { concurrency: 4 });
    return { written: writes.length - deleted, deleted };
  }

  /** The volunteer's candidate items now stored, by sort key (keys and versions only). */
  private async existing(volunteerId: string): Promise<Map<string, Record<string, unknown>>> {
    const result = new Map<string, Record<string, unknown>>();
    const pages = paginateQuery(
      { client: this.deps.db },
      {
        TableName: this.deps.tableName,
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
        ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#sk': TABLE.sortKey, '#source': 'source' },
        ExpressionAttributeValues: {
          ':pk': profileKey(volunteerId)[TABLE.partitionKey],
          ':prefix': CANDIDATE_PREFIX,
        },
        ProjectionExpression: '#pk, #sk, #source, layout',
        ConsistentRead: true,
        Limit: this.deps.existingPageSize,
      },
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) result.set(item[TABLE.sortKey] as string, item);
    }
    return result;
  }
}
