import { type DynamoDBDocumentClient, GetCommand, PutCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { CatalogRepository } from '../../shared/catalog/catalog-repository.ts';
import { TABLE } from '../../shared/db/table.ts';
import { ALL_QUARTERS, indexItems, MEMBERSHIP_LAYOUT, profileKey } from '../../shared/volunteers/profile-keys.ts';
import type { VolunteerProfile } from '../../shared/volunteers/schemas.ts';

const MARKER = { [TABLE.partitionKey]: 'META', [TABLE.sortKey]: 'QUARTER_MEMBERSHIPS' };

/**
 * Rewrites every volunteer's quarter memberships from their profile when the data folder's
 * memberships have another layout than the code (written before they carried what the managers'
 * search reads). Volunteers are found through the memberships of every quarter in the catalogue
 * (read by key), not a Scan; the keys stay, so the rewrite is a Put of the same items. Runs at
 * start, before anything is served.
 * Returns how many volunteers were rewritten, or undefined when the layout was current.
 */
export async function reindexMembershipsIfStale(db: DynamoDBDocumentClient, tableName: string) {
  const marker = await db.send(new GetCommand({ TableName: tableName, Key: MARKER, ConsistentRead: true }));
  if (marker.Item?.layout === MEMBERSHIP_LAYOUT) return undefined;
  const volunteers = new Set<string>();
  // Every quarter of the catalogue (one Query of its partition), retired ones and those an admin added too.
  const { quarters } = await new CatalogRepository(db, tableName).entries();
  for (const quarter of [...quarters.map((q) => q.id), ALL_QUARTERS]) {
    const pages = paginateQuery(
      { client: db },
      {
        TableName: tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': `QUARTER#${quarter}` },
      },
    );
    for await (const page of pages) for (const item of page.Items ?? []) volunteers.add(item.volunteerId as string);
  }
  for (const volunteerId of volunteers) {
    const found = await db.send(
      new GetCommand({ TableName: tableName, Key: profileKey(volunteerId), ConsistentRead: true }),
    );
    if (!found.Item) continue;
    for (const item of indexItems(found.Item as VolunteerProfile))
      await db.send(new PutCommand({ TableName: tableName, Item: item }));
  }
  await db.send(new PutCommand({ TableName: tableName, Item: { ...MARKER, layout: MEMBERSHIP_LAYOUT } }));
  return volunteers.size;
}
