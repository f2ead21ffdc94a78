import { createHash } from 'node:crypto';
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';

const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');
const keyOf = (session: string) => ({
  [TABLE.partitionKey]: `CHALLENGE#${sha256(session)}`,
  [TABLE.sortKey]: 'CHALLENGE',
});

/** How long an invited account has to choose its password after signing in (Cognito's session lasts 3 min). */
export const CHALLENGE_TTL_SECONDS = 5 * 60;

/**
 * The new-password challenges this app issued: an invited account's first sign-in answers with a
 * Cognito session, and only that session, for that e-mail address, may complete it. Cognito
 * checks this itself; cognito-local does not (any made-up session signs in as any invited
 * account), so the app holds the rule on both platforms. Only hashes are stored.
 */
export class ChallengeRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async remember(email: string, session: string, now: Date): Promise<void> {
    const expiresAt = Math.floor(now.getTime() / 1000) + CHALLENGE_TTL_SECONDS;
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keyOf(session),
          type: 'NewPasswordChallenge',
          emailHash: sha256(email.trim().toLowerCase()),
          [TABLE.timeToLiveAttribute]: expiresAt,
        },
      }),
    );
  }

  /** True once for a live challenge of this e-mail address: it is used up by the check. */
  async redeem(email: string, session: string, now: Date): Promise<boolean> {
    try {
      await this.db.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keyOf(session),
          ConditionExpression: 'emailHash = :email AND #ttl > :now',
          ExpressionAttributeNames: { '#ttl': TABLE.timeToLiveAttribute },
          ExpressionAttributeValues: {
            ':email': sha256(email.trim().toLowerCase()),
            ':now': Math.floor(now.getTime() / 1000),
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
