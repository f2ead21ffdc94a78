import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { SpokenLanguage, VolunteerProfile } from '../volunteers/schemas.ts';

/** A volunteer as the managers' search lists them: what the quarter membership item carries. */
export interface DirectoryEntry {
  volunteerId: string;
  firstName: string;
  lastName: string;
  skills: string[];
  languageCodes: SpokenLanguage['code'][];
  quarters: VolunteerProfile['quarters'];
  paused: boolean;
}

export interface DirectoryQuery {
  quarter: string;
  /** `NAME#` and the searchable name prefix: a key condition on the membership's sort key. */
  prefix: string;
  skill?: string | undefined;
  language?: string | undefined;
  limit: number;
  startKey?: Record<string, string> | undefined;
}

/**
 * The quarter memberships (`GSI1PK = QUARTER#<q>`) read for the managers' volunteer search: one
 * Query of one quarter's partition, narrowed by name prefix in the key; skill and language are a
 * filter on the items read (they cost read units as read, see docs/access-patterns.md).
 */
export class DirectoryRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async page(query: DirectoryQuery): Promise<{ entries: DirectoryEntry[]; lastKey?: Record<string, string> }> {
    const filters: string[] = [];
    const values: Record<string, unknown> = { ':pk': `QUARTER#${query.quarter}`, ':prefix': query.prefix };
    if (query.skill) {
      filters.push('contains(skills, :skill)');
      values[':skill'] = query.skill;
    }
    if (query.language) {
      filters.push('contains(languageCodes, :language)');
      values[':language'] = query.language;
    }
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :prefix)',
        ...(filters.length > 0 && { FilterExpression: filters.join(' AND ') }),
        ExpressionAttributeValues: values,
        Limit: query.limit,
        ...(query.startKey && { ExclusiveStartKey: query.startKey }),
      }),
    );
    return {
      entries: (result.Items ?? []).map(toEntry),
      ...(result.LastEvaluatedKey && { lastKey: result.LastEvaluatedKey as Record<string, string> }),
    };
  }
}

function toEntry(item: Record<string, unknown>): DirectoryEntry {
  return {
    volunteerId: String(item.volunteerId),
    firstName: String(item.firstName ?? ''),
    lastName: String(item.lastName ?? ''),
    skills: (item.skills as string[] | undefined) ?? [],
    languageCodes: (item.languageCodes as SpokenLanguage['code'][] | undefined) ?? [],
    quarters: (item.quarters as VolunteerProfile['quarters'] | undefined) ?? [],
    paused: item.paused === true,
  };
}
