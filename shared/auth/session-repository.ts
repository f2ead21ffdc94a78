import { createHash, randomBytes } from 'node:crypto';
import { type DynamoDBDocumentClient, GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE } from '../db/table.ts';
import type { Caller } from './caller.ts';

export interface Session {
  caller: Caller;
  createdAt: string;
  /** Epoch seconds; also the item's TTL. */
  expiresAt: number;
}

/** Only a hash of the token is stored: a leaked table does not leak usable sessions. */
const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');
const sessionKey = (hash: string) => ({ [TABLE.partitionKey]: `SESSION#${hash}`, [TABLE.sortKey]: 'SESSION' });
/** The user's list of their sessions (by hash): sign-out everywhere, role changes, erasure. */
const USER_SESSION_PREFIX = 'SESSION#';
const userSessionKey = (userId: string, hash: string) => ({
  [TABLE.partitionKey]: `USER#${userId}`,
  [TABLE.sortKey]: `${USER_SESSION_PREFIX}${hash}`,
});

/**
 * Server-side web sessions. Revocable at once (sign-out deletes the item), which Cognito
 * tokens alone are not on the local platform. Each session also has a pointer item under its
 * user, so every session of one person can be found by key (no Scan) and ended together.
 */
export class SessionRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Creates a session and returns its token (256 random bits, base64url). */
  async create(caller: Caller, now: Date, ttlSeconds: number): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const hash = hashOf(token);
    const session: Session = {
      caller,
      createdAt: now.toISOString(),
      expiresAt: Math.floor(now.getTime() / 1000) + ttlSeconds,
    };
    const ttl = { [TABLE.timeToLiveAttribute]: session.expiresAt };
    await this.db.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: this.tableName, Item: { ...sessionKey(hash), type: 'Session', ...session, ...ttl } } },
          {
            Put: {
              TableName: this.tableName,
              Item: {
                ...userSessionKey(caller.userId, hash),
                type: 'UserSession',
                createdAt: session.createdAt,
                ...ttl,
              },
            },
          },
        ],
      }),
    );
    return token;
  }

  /** The live session for a token; expired sessions are ignored (TTL deletion is lazy). */
  async get(token: string, now: Date): Promise<Session | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: sessionKey(hashOf(token)) }));
    const item = result.Item as Session | undefined;
    if (!item || item.expiresAt * 1000 <= now.getTime()) return undefined;
    return { caller: item.caller, createdAt: item.createdAt, expiresAt: item.expiresAt };
  }

  /** Ends one session (sign-out). Idempotent. */
  async delete(token: string): Promise<void> {
    const hash = hashOf(token);
    const session = await this.db.send(new GetCommand({ TableName: this.tableName, Key: sessionKey(hash) }));
    const userId = (session.Item as Session | undefined)?.caller.userId;
    await this.deleteHashes([{ hash, userId }]);
  }

  /** Ends every session of one person (erasure, role change, sign-out everywhere). Idempotent. */
  async deleteAllOf(userId: string): Promise<number> {
    const hashes: string[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#sk': TABLE.sortKey },
          ExpressionAttributeValues: { ':pk': `USER#${userId}`, ':prefix': USER_SESSION_PREFIX },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) hashes.push(String(item[TABLE.sortKey]).slice(USER_SESSION_PREFIX.length));
      start = page.LastEvaluatedKey;
    } while (start);
    await this.deleteHashes(hashes.map((hash) => ({ hash, userId })));
    return hashes.length;
  }

  private async deleteHashes(entries: { hash: string; userId: string | undefined }[]): Promise<void> {
    // Session and pointer go together; 50 sessions (100 deletes) fit one transaction.
    for (let i = 0; i < entries.length; i += 50) {
      const deletes = entries
        .slice(i, i + 50)
        .flatMap(({ hash, userId }) => [
          { Delete: { TableName: this.tableName, Key: sessionKey(hash) } },
          ...(userId ? [{ Delete: { TableName: this.tableName, Key: userSessionKey(userId, hash) } }] : []),
        ]);
      await this.db.send(new TransactWriteCommand({ TransactItems: deletes }));
    }
  }
}
