import {
  type DynamoDBDocumentClient,
  GetCommand,
  paginateQuery,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';

/** What an admin assigned to a staff account: a manager's quarters, an initiative member's organisation. */
export interface StaffAssignment {
  userId: string;
  quarters: string[];
  initiativeId?: string | undefined;
}

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const staffPartition = (userId: string) => `STAFF#${userId}`;
const keyOf = (userId: string) => ({ [TABLE.partitionKey]: staffPartition(userId), [TABLE.sortKey]: 'ASSIGNMENT' });

/** One quarter a staff member manages: `STAFF#<sub>`/`MANAGES#<q>`, found by quarter via GSI1 `MANAGERS#<q>`. */
export const staffQuarterKey = (userId: string, quarterId: string) => ({
  [TABLE.partitionKey]: staffPartition(userId),
  [TABLE.sortKey]: `MANAGES#${quarterId}`,
});

const managersPartition = (quarterId: string) => `MANAGERS#${quarterId}`;

/** A transaction holds at most 100 items: the assignment, and a put or delete per quarter. */
const MAX_QUARTERS_CHANGED = 99;

export class StaffRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(userId: string): Promise<StaffAssignment | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keyOf(userId) }));
    if (!result.Item) return undefined;
    const { userId: id, quarters, initiativeId } = result.Item as StaffAssignment;
    return { userId: id, quarters, initiativeId };
  }

  /**
   * Saves the assignment and, in the same transaction, one `StaffQuarter` item per managed
   * quarter (removing those of quarters no longer assigned), so "who manages this quarter" is one
   * query and never disagrees with the assignment.
   */
  async put(assignment: StaffAssignment): Promise<void> {
    const previous = await this.get(assignment.userId);
    await this.write(assignment, previous?.quarters ?? []);
  }

  /**
   * Writes the assignment only if the account has none yet (the local demo seed: what an admin
   * set since stays as it is).
   * @returns whether it was written
   */
  async putIfMissing(assignment: StaffAssignment): Promise<boolean> {
    try {
      await this.write(assignment, [], true);
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  private async write(assignment: StaffAssignment, previousQuarters: string[], onlyIfMissing = false): Promise<void> {
    const quarters = [...new Set(assignment.quarters)];
    const removed = previousQuarters.filter((quarterId) => !quarters.includes(quarterId));
    if (quarters.length + removed.length > MAX_QUARTERS_CHANGED)
      throw new Error(`Too many quarters in one assignment: ${quarters.length + removed.length}`);
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keyOf(assignment.userId), type: 'StaffAssignment', ...assignment },
          ...(onlyIfMissing && {
            ConditionExpression: 'attribute_not_exists(#pk)',
            ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
          }),
        },
      },
      ...quarters.map(
        (quarterId): TransactItem => ({
          Put: {
            TableName: this.tableName,
            Item: {
              ...staffQuarterKey(assignment.userId, quarterId),
              GSI1PK: managersPartition(quarterId),
              GSI1SK: assignment.userId,
              type: 'StaffQuarter',
              userId: assignment.userId,
              quarterId,
            },
          },
        }),
      ),
      ...removed.map(
        (quarterId): TransactItem => ({
          Delete: { TableName: this.tableName, Key: staffQuarterKey(assignment.userId, quarterId) },
        }),
      ),
    ];
    await this.db.send(new TransactWriteCommand({ TransactItems: items }));
  }

  /** The staff members who manage a quarter (their `sub`s), by one query of GSI1. */
  async managersOf(quarterId: string): Promise<string[]> {
    const managers: string[] = [];
    const pages = paginateQuery(
      { client: this.db },
      {
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': managersPartition(quarterId) },
      },
    );
    for await (const page of pages) for (const item of page.Items ?? []) managers.push(item.userId as string);
    return managers;
  }
}
