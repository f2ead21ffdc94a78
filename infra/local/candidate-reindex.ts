import { type DynamoDBDocumentClient, GetCommand, PutCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { CANDIDATE_LAYOUT } from '../../shared/candidates/candidate-keys.ts';
import type { CandidateProjector } from '../../shared/candidates/candidate-projector.ts';
import { QUARTERS } from '../../shared/catalog/seed-data.ts';
import { TABLE } from '../../shared/db/table.ts';
import { ALL_QUARTERS } from '../../shared/volunteers/profile-keys.ts';

const MARKER = { [TABLE.partitionKey]: 'META', [TABLE.sortKey]: 'CANDIDATE_INDEX' };

/**
 * Re-projects every volunteer when the data folder's candidate index has another layout than the
 * code (data from before a layout change: its records have left the stream long ago). Volunteers
 * are found through the quarter memberships, not a Scan. Returns how many were re-projected, or
 * undefined when the layout was current.
 */
export async function reindexCandidatesIfStale(
  db: DynamoDBDocumentClient,
  tableName: string,
  projector: Pick<CandidateProjector, 'project'>,
  now: Date,
): Promise<number | undefined> {
  const marker = await db.send(new GetCommand({ TableName: tableName, Key: MARKER, ConsistentRead: true }));
  if (marker.Item?.layout === CANDIDATE_LAYOUT) return undefined;
  const volunteers = new Set<string>();
  for (const quarter of [...QUARTERS.map((q) => q.id), ALL_QUARTERS]) {
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
  for (const volunteerId of volunteers) await projector.project(volunteerId, now);
  await db.send(new PutCommand({ TableName: tableName, Item: { ...MARKER, layout: CANDIDATE_LAYOUT } }));
  return volunteers.size;
}
