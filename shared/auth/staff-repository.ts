import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE } from '../db/table.ts';

/** What an admin assigned to a staff account: a manager's quarters, an initiative member's organisation. */
export interface StaffAssignment {
  userId: string;
  quarters: string[];
  initiativeId?: string | undefined;
}

const keyOf = (userId: string) => ({ [TABLE.partitionKey]: `STAFF#${userId}`, [TABLE.sortKey]: 'ASSIGNMENT' });

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

  async put(assignment: StaffAssignment): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keyOf(assignment.userId), type: 'StaffAssignment', ...assignment },
      }),
    );
  }
}
