import { createHash, randomBytes } from 'node:crypto';
import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE } from '../db/table.ts';
import type { Caller } from './caller.ts';

export interface Session {
  caller: Caller;
  createdAt: string;
  /** Epoch seconds; also the item's TTL. */
  expiresAt: number;
}

/** Only a hash of the token is stored: a leaked table does not leak usable sessions. */
const keyOf = (token: string) => {
  const hash = createHash('sha256').update(token).digest('base64url');
  return { [TABLE.partitionKey]: `SESSION#${hash}`, [TABLE.sortKey]: 'SESSION' };
};

/**
 * Server-side web sessions. Revocable at once (sign-out deletes the item), which Cognito
 * tokens alone are not on the local platform.
 */
export class SessionRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Creates a session and returns its token (256 random bits, base64url). */
  async create(caller: Caller, now: Date, ttlSeconds: number): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const session: Session = {
      caller,
      createdAt: now.toISOString(),
      expiresAt: Math.floor(now.getTime() / 1000) + ttlSeconds,
    };
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keyOf(token), type: 'Session', ...session, [TABLE.timeToLiveAttribute]: session.expiresAt },
      }),
    );
    return token;
  }

  /** The live session for a token; expired sessions are ignored (TTL deletion is lazy). */
  async get(token: string, now: Date): Promise<Session | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keyOf(token) }));
    const item = result.Item as Session | undefined;
    if (!item || item.expiresAt * 1000 <= now.getTime()) return undefined;
    return { caller: item.caller, createdAt: item.createdAt, expiresAt: item.expiresAt };
  }

  async delete(token: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: keyOf(token) }));
  }
}
