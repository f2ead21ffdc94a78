import { RemovalPolicy } from 'aws-cdk-lib';
import {
  type Attribute,
  AttributeType,
  Billing,
  ProjectionType,
  StreamViewType,
  TableEncryptionV2,
  TableV2,
} from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { TABLE } from '../../shared/db/table.ts';

/** Every key attribute in {@link TABLE} is a string. */
const stringKey = (name: string): Attribute => ({ name, type: AttributeType.STRING });

/**
 * The one DynamoDB table, built from {@link TABLE} (shared/db/table.ts) — the same object the local
 * platform builds DynamoDB Local's table from, so names, keys and indexes cannot drift.
 *
 * Encryption: the AWS owned key (DynamoDB's default). Every item is encrypted at rest either way;
 * a customer managed key would add a key policy to maintain, KMS charges per request and a way to
 * lock ourselves out of the data, for an audit trail of key use we have no requirement for yet.
 */
export function createTable(scope: Construct): TableV2 {
  return new TableV2(scope, TABLE.logicalName, {
    partitionKey: stringKey(TABLE.partitionKey),
    sortKey: stringKey(TABLE.sortKey),
    globalSecondaryIndexes: TABLE.globalSecondaryIndexes.map((index) => ({
      indexName: index.indexName,
      partitionKey: stringKey(index.partitionKey),
      sortKey: stringKey(index.sortKey),
      projectionType: ProjectionType.ALL,
    })),
    billing: Billing.onDemand(),
    timeToLiveAttribute: TABLE.timeToLiveAttribute,
    dynamoStream: StreamViewType[TABLE.stream],
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
    encryption: TableEncryptionV2.dynamoOwnedKey(),
  });
}
