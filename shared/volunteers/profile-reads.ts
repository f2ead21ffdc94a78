import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { profileKey } from './profile-keys.ts';
import type { VolunteerProfile } from './schemas.ts';

function toProfile(item: Record<string, unknown>): VolunteerProfile {
  const { PK: _pk, SK: _sk, type: _type, ...profile } = item;
  return profile as VolunteerProfile;
}

/**
 * A volunteer's profile as stored (consistent read), or undefined. Its own module, apart from the
 * repository's writes, so a function that only reads profiles (the spreadsheet export) bundles
 * only this.
 */
export async function getProfile(
  db: DynamoDBDocumentClient,
  tableName: string,
  volunteerId: string,
): Promise<VolunteerProfile | undefined> {
  const result = await db.send(
    new GetCommand({ TableName: tableName, Key: profileKey(volunteerId), ConsistentRead: true }),
  );
  return result.Item ? toProfile(result.Item) : undefined;
}
