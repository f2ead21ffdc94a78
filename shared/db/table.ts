/**
 * The one definition of the Quartiershilfe table. CDK (infra/) and the local platform
 * (infra/local/) both build the table from this object, so the two can never drift.
 * Access patterns: see docs/access-patterns.md.
 */
export const TABLE = {
  /** Logical name; the deployed name is chosen by CloudFormation, the local one by config. */
  logicalName: 'Quartiershilfe',
  partitionKey: 'PK',
  sortKey: 'SK',
  /** Epoch seconds; items past it are filtered on read (DynamoDB deletes them later). */
  timeToLiveAttribute: 'expiresAt',
  stream: 'NEW_AND_OLD_IMAGES',
  globalSecondaryIndexes: [
    {
      /** Overloaded: volunteers by quarter, the candidate index, needs by quarter, matches by volunteer, initiatives. */
      indexName: 'GSI1',
      partitionKey: 'GSI1PK',
      sortKey: 'GSI1SK',
    },
  ],
} as const;

export type IndexName = (typeof TABLE.globalSecondaryIndexes)[number]['indexName'];

/** Every key attribute is a string. */
export function keyAttributeNames(): string[] {
  const names: string[] = [TABLE.partitionKey, TABLE.sortKey];
  for (const index of TABLE.globalSecondaryIndexes) names.push(index.partitionKey, index.sortKey);
  return names;
}
