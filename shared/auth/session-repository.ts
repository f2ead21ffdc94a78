import { createHash, randomBytes } from 'node:crypto';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';
import type { Caller, Role } from './caller.ts';

export interface Session {
  caller: Caller;
  createdAt: string;
  /** Epoch seconds: the absolute limit, however active the session is. */
  endsAt: number;
  /** The last request seen, to within {@link TOUCH_INTERVAL_MS}. */
  lastSeenAt: string;
}

export interface SessionPolicy {
  /** A session unused for longer than this is dead. */
  idleSeconds: number;
}

/**
 * Last use is written at most this often: a request within a minute of the recorded one costs no
 * write, so the idle timeout holds to within a minute (a session dies 29–30 min after its last use).
 */
export const TOUCH_INTERVAL_MS = 60_000;

/** Only a hash of the token is stored: a leaked table does not leak usable sessions. */
const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');
const sessionKey = (hash: string) => ({ [TABLE.partitionKey]: `SESSION#${hash}`, [TABLE.sortKey]: 'SESSION' });
/** The user's list of their sessions (by hash): sign-out everywhere, role changes, erasure. */
const USER_SESSION_PREFIX = 'SESSION#';
const userSessionKey = (userId: string, hash: string) => ({
  [TABLE.partitionKey]: `USER#${userId}`,
  [TABLE.sortKey]: `${USER_SESSION_PREFIX}${hash}`,
});
/** The roles an admin last gave this user (see {@link SessionRepository.changeRoles}). */
const rolesKey = (userId: string) => ({ [TABLE.partitionKey]: `USER#${userId}`, [TABLE.sortKey]: 'ROLES' });

/** As stored: `expiresAt` is the table's TTL attribute, the earlier of the two limits. */
interface StoredSession extends Omit<Session, 'endsAt' | 'lastSeenAt'> {
  endsAt?: number;
  lastSeenAt?: string;
  expiresAt: number;
}

interface RolesItem {
  roles: Role[];
  version: number;
}

const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * Server-side web sessions. Revocable at once (sign-out deletes the item), which Cognito
 * tokens alone are not on the local platform. Each session also has a pointer item under its
 * user, so every session of one person can be found by key (no Scan) and ended or updated together.
 *
 * A session dies at its absolute limit or after the idle timeout, whichever comes first; both
 * are checked on every read (DynamoDB's TTL deletion is lazy: days in AWS, never locally), and
 * the item's TTL follows the earlier of the two.
 */
export class SessionRepository {
  private readonly idleMs: number;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    policy: SessionPolicy = { idleSeconds: 30 * 60 },
  ) {
    this.idleMs = policy.idleSeconds * 1000;
  }

  /**
   * Creates a session and returns its token (256 random bits, base64url). When an admin has
   * changed this user's roles, the session takes those roles rather than the caller's (copied from
   * an ID token that may predate the change), and the write is conditional on the roles item not
   * changing meanwhile: a sign-in racing a role change cannot leave a session with the old roles.
   */
  async create(caller: Caller, now: Date, ttlSeconds: number): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      const changed = await this.storedRoles(caller.userId);
      try {
        return await this.put({ ...caller, roles: changed?.roles ?? caller.roles }, changed, now, ttlSeconds);
      } catch (error) {
        if (!isConditionFailure(error) || attempt >= 3) throw error;
      }
    }
  }

  /**
   * The live session for a token: none when it passed its absolute limit or was idle for longer
   * than the idle timeout. Records the use when the last recorded one is a minute old or more.
   */
  async get(token: string, now: Date): Promise<Session | undefined> {
    const hash = hashOf(token);
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: sessionKey(hash) }));
    const item = result.Item as StoredSession | undefined;
    if (!item) return undefined;
    // Sessions from before the idle timeout had only the TTL (their absolute limit) and no last use.
    const endsAt = item.endsAt ?? item.expiresAt;
    const lastSeenAt = item.lastSeenAt ?? item.createdAt;
    const idleFor = now.getTime() - Date.parse(lastSeenAt);
    if (endsAt * 1000 <= now.getTime() || idleFor > this.idleMs) return undefined;
    const session: Session = { caller: item.caller, createdAt: item.createdAt, endsAt, lastSeenAt };
    if (idleFor >= TOUCH_INTERVAL_MS) {
      await this.touch(hash, session, now);
      session.lastSeenAt = now.toISOString();
    }
    return session;
  }

  /** Ends one session (sign-out). Idempotent. */
  async delete(token: string): Promise<void> {
    const hash = hashOf(token);
    const session = await this.db.send(new GetCommand({ TableName: this.tableName, Key: sessionKey(hash) }));
    const userId = (session.Item as Session | undefined)?.caller.userId;
    await this.deleteHashes([{ hash, userId }]);
  }

  /** Ends every session of one person (erasure, sign-out everywhere). Idempotent. */
  async deleteAllOf(userId: string): Promise<number> {
    const hashes = await this.hashesOf(userId);
    await this.deleteHashes(hashes.map((hash) => ({ hash, userId })));
    return hashes.length;
  }

  /**
   * Gives every open session of a user the roles an admin just set (their Cognito groups after
   * the change), so their next page request runs with them, without signing in again. The roles
   * are also kept for sessions opened later from a token issued before the change (see
   * {@link create}).
   *
   * Why rewrite the sessions instead of reading the roles on every request: a role change is a
   * rare admin action touching the few sessions of one person, while every page request would
   * pay a second read (the session first, to learn whose roles to read). Quarters and an
   * initiative member's organisation need nothing here: they are read from the staff assignment
   * on each request that depends on them (shared/auth/staff-access.ts).
   */
  async changeRoles(userId: string, roles: Role[], now: Date): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: rolesKey(userId),
        UpdateExpression: 'SET #type = :type, #roles = :roles, #changedAt = :now ADD #version :one',
        ExpressionAttributeNames: {
          '#type': 'type',
          '#roles': 'roles',
          '#changedAt': 'changedAt',
          '#version': 'version',
        },
        ExpressionAttributeValues: { ':type': 'UserRoles', ':roles': roles, ':now': now.toISOString(), ':one': 1 },
      }),
    );
    const hashes = await this.hashesOf(userId);
    await Promise.all(
      hashes.map(async (hash) => {
        try {
          await this.db.send(
            new UpdateCommand({
              TableName: this.tableName,
              Key: sessionKey(hash),
              UpdateExpression: 'SET #caller.#roles = :roles',
              // Never resurrect a session that was signed out meanwhile (an update would create it).
              ConditionExpression: 'attribute_exists(#pk)',
              ExpressionAttributeNames: { '#caller': 'caller', '#roles': 'roles', '#pk': TABLE.partitionKey },
              ExpressionAttributeValues: { ':roles': roles },
            }),
          );
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
        }
      }),
    );
  }

  /** Forgets the roles an admin set (erasure of the account). Idempotent. */
  async forgetRoles(userId: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: rolesKey(userId) }));
  }

  /** The roles an admin last set for this person, if any (also for their data export). */
  async storedRoles(userId: string): Promise<RolesItem | undefined> {
    const result = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: rolesKey(userId), ConsistentRead: true }),
    );
    if (!result.Item) return undefined;
    const { roles, version } = result.Item as RolesItem;
    return { roles, version };
  }

  private async put(caller: Caller, changed: RolesItem | undefined, now: Date, ttlSeconds: number): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const hash = hashOf(token);
    const session: Session = {
      caller,
      createdAt: now.toISOString(),
      endsAt: epochSeconds(now) + ttlSeconds,
      lastSeenAt: now.toISOString(),
    };
    await this.db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.tableName,
              Item: {
                ...sessionKey(hash),
                type: 'Session',
                ...session,
                [TABLE.timeToLiveAttribute]: this.ttlOf(session),
              },
            },
          },
          {
            Put: {
              TableName: this.tableName,
              Item: {
                ...userSessionKey(caller.userId, hash),
                type: 'UserSession',
                createdAt: session.createdAt,
                [TABLE.timeToLiveAttribute]: session.endsAt,
              },
            },
          },
          {
            ConditionCheck: {
              TableName: this.tableName,
              Key: rolesKey(caller.userId),
              ...(changed
                ? {
                    ConditionExpression: '#version = :version',
                    ExpressionAttributeNames: { '#version': 'version' },
                    ExpressionAttributeValues: { ':version': changed.version },
                  }
                : {
                    ConditionExpression: 'attribute_not_exists(#pk)',
                    ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
                  }),
            },
          },
        ],
      }),
    );
    return token;
  }

  /** Records a use. Conditional, so that concurrent requests write once and a signed-out session stays gone. */
  private async touch(hash: string, session: Session, now: Date): Promise<void> {
    const touched = { ...session, lastSeenAt: now.toISOString() };
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: sessionKey(hash),
          UpdateExpression: 'SET #lastSeenAt = :now, #ttl = :ttl',
          ConditionExpression: 'attribute_exists(#pk) AND (attribute_not_exists(#lastSeenAt) OR #lastSeenAt < :now)',
          ExpressionAttributeNames: {
            '#lastSeenAt': 'lastSeenAt',
            '#ttl': TABLE.timeToLiveAttribute,
            '#pk': TABLE.partitionKey,
          },
          ExpressionAttributeValues: { ':now': touched.lastSeenAt, ':ttl': this.ttlOf(touched) },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  /** The item's TTL: the earlier of the absolute limit and the end of the idle timeout. */
  private ttlOf(session: Session): number {
    return Math.min(session.endsAt, Math.ceil((Date.parse(session.lastSeenAt) + this.idleMs) / 1000));
  }

  private async hashesOf(userId: string): Promise<string[]> {
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
    return hashes;
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
