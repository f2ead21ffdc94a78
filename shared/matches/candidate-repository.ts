import { type DynamoDBDocumentClient, paginateQuery } from '@aws-sdk/lib-dynamodb';
import type { MatchingProfile } from '../matching/types.ts';
import type { Weekday } from '../time/calendar.ts';
import { ALL_QUARTERS, candidatePartition } from '../volunteers/profile-keys.ts';

export interface ReadCost {
  itemsRead: number;
  capacityUnits: number;
}

/**
 * Reads the candidate index: the volunteers willing to help in a quarter (or everywhere) with a
 * weekly slot on the need's weekday. Two index partitions per need; no Scan.
 */
export class CandidateRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async read(quarterId: string, weekday: Weekday): Promise<{ profiles: MatchingProfile[] } & ReadCost> {
    const profiles = new Map<string, MatchingProfile>();
    let itemsRead = 0;
    let capacityUnits = 0;
    // The quarter's partition and the "all quarters" one are independent: read both at once.
    await Promise.all(
      [quarterId, ALL_QUARTERS].map(async (quarter) => {
        const pages = paginateQuery(
          { client: this.db },
          {
            TableName: this.tableName,
            IndexName: 'GSI1',
            KeyConditionExpression: 'GSI1PK = :pk',
            ExpressionAttributeValues: { ':pk': candidatePartition(quarter, weekday) },
            ReturnConsumedCapacity: 'TOTAL',
          },
        );
        for await (const page of pages) {
          itemsRead += page.Count ?? 0;
          capacityUnits += page.ConsumedCapacity?.CapacityUnits ?? 0;
          for (const item of page.Items ?? []) {
            const profile = item.profile as MatchingProfile;
            profiles.set(profile.volunteerId, profile);
          }
        }
      }),
    );
    return { profiles: [...profiles.values()], itemsRead, capacityUnits };
  }
}
