import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { batchGet } from '../db/batch-get.ts';
import { isConditionFailure, transactionCancellation } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';
import { NotFoundError, VersionConflictError } from '../errors/index.ts';
import type { MailLanguage, OptionalKind } from './kinds.ts';
import { defaultSettings, type NotificationSettings, type NotificationSettingsReader } from './settings.ts';
import { isUnsubscribeTokenShape, newUnsubscribeToken, settingsKey, unsubscribeKey } from './settings-keys.ts';

type Item = Record<string, unknown>;

/** What a person chooses on their preferences page. */
export interface SettingsChoice {
  language?: MailLanguage | undefined;
  optOut: OptionalKind[];
}

/** How often a write that lost a race is tried again before giving up (races are rare). */
const RACE_ATTEMPTS = 4;

const ENTITY = 'NotificationSettings';

function toSettings(userId: string, item: Item | undefined): NotificationSettings {
  if (!item) return defaultSettings(userId);
  return {
    userId,
    ...(typeof item.language === 'string' && { language: item.language as MailLanguage }),
    optOut: Array.isArray(item.optOut) ? (item.optOut as OptionalKind[]) : [],
    ...(typeof item.unsubscribeToken === 'string' && { unsubscribeToken: item.unsubscribeToken }),
    version: typeof item.version === 'number' ? item.version : 0,
    ...(typeof item.updatedAt === 'string' && { updatedAt: item.updatedAt }),
  };
}

const sameChoice = (settings: NotificationSettings, choice: SettingsChoice) =>
  settings.language === choice.language &&
  settings.optOut.length === choice.optOut.length &&
  choice.optOut.every((kind) => settings.optOut.includes(kind));

/**
 * Notification preferences (`USER#<sub>` / `NOTIFICATIONS`) and the lookup items of one-click
 * unsubscribe links (`UNSUBSCRIBE#<token>` / `UNSUBSCRIBE`). The settings item holds the token,
 * so whoever has the person finds their lookup item (erasure), and the lookup item names the
 * person, so a link finds their settings without sign-in. Every change of the settings is
 * conditioned on their version.
 */
export class NotificationSettingsRepository implements NotificationSettingsReader {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The person's settings; the defaults (version 0) when they never saved any. */
  async get(userId: string): Promise<NotificationSettings> {
    const result = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: settingsKey(userId), ConsistentRead: true }),
    );
    return toSettings(userId, result.Item);
  }

  async getMany(userIds: string[]): Promise<Map<string, NotificationSettings>> {
    const unique = [...new Set(userIds)];
    const { items } = await batchGet(this.db, this.tableName, unique.map(settingsKey), { consistent: true });
    const found = new Map(items.map((item) => [String(item.userId), toSettings(String(item.userId), item)]));
    return new Map(unique.map((userId) => [userId, found.get(userId) ?? defaultSettings(userId)]));
  }

  /**
   * The person's unsubscribe token. When they have none, one transaction creates the lookup item
   * and sets the token on the settings item only if it still has none; whoever loses that race
   * reads the winner's token.
   */
  async unsubscribeToken(userId: string): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      const existing = (await this.get(userId)).unsubscribeToken;
      if (existing) return existing;
      const token = newUnsubscribeToken();
      try {
        await this.db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: this.tableName,
                  Item: { ...unsubscribeKey(token), type: 'UnsubscribeToken', userId },
                  ConditionExpression: 'attribute_not_exists(#pk)',
                  ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
                },
              },
              {
                Update: {
                  TableName: this.tableName,
                  Key: settingsKey(userId),
                  UpdateExpression:
                    'SET unsubscribeToken = :token, #type = :type, userId = :user, ' +
                    'optOut = if_not_exists(optOut, :none), #version = if_not_exists(#version, :zero)',
                  ConditionExpression: 'attribute_not_exists(unsubscribeToken)',
                  ExpressionAttributeNames: { '#type': 'type', '#version': 'version' },
                  ExpressionAttributeValues: {
                    ':token': token,
                    ':type': 'NotificationSettings',
                    ':user': userId,
                    ':none': [],
                    ':zero': 0,
                  },
                },
              },
            ],
          }),
        );
        return token;
      } catch (error) {
        // Lost the race (condition) or collided with the winner's transaction: read theirs.
        if (transactionCancellation(error) === undefined || attempt >= RACE_ATTEMPTS) throw error;
      }
    }
  }

  /**
   * Saves the person's choice if the stored version is still `expectedVersion` (0: never saved);
   * otherwise nothing changes and {@link VersionConflictError} names the stored version. A retry
   * of a save that already happened returns the stored settings.
   */
  async save(
    userId: string,
    choice: SettingsChoice,
    expectedVersion: number,
    now: Date,
  ): Promise<NotificationSettings> {
    const condition =
      expectedVersion === 0 ? 'attribute_not_exists(#pk) OR #version = :expected' : '#version = :expected';
    try {
      const result = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: settingsKey(userId),
          UpdateExpression:
            'SET #type = :type, userId = :user, optOut = :optOut, #version = :next, updatedAt = :now' +
            (choice.language ? ', #language = :language' : ' REMOVE #language'),
          ConditionExpression: condition,
          ExpressionAttributeNames: {
            ...(expectedVersion === 0 && { '#pk': TABLE.partitionKey }),
            '#type': 'type',
            '#version': 'version',
            '#language': 'language',
          },
          ExpressionAttributeValues: {
            ':type': 'NotificationSettings',
            ':user': userId,
            ':optOut': [...new Set(choice.optOut)],
            ':next': expectedVersion + 1,
            ':expected': expectedVersion,
            ':now': now.toISOString(),
            ...(choice.language && { ':language': choice.language }),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toSettings(userId, result.Attributes);
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const current = await this.get(userId);
      if (current.version === expectedVersion + 1 && sameChoice(current, choice)) return current;
      throw new VersionConflictError(ENTITY, current.version);
    }
  }

  /**
   * Switches one optional kind off for the owner of an unsubscribe link (no sign-in: the token is
   * the authority). Idempotent: a kind already off changes nothing. Unknown token:
   * {@link NotFoundError}.
   */
  async unsubscribe(token: string, kind: OptionalKind, now: Date): Promise<NotificationSettings> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.ownerOf(token);
      if (current.optOut.includes(kind)) return current;
      try {
        const result = await this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: settingsKey(current.userId),
            UpdateExpression: 'SET optOut = :optOut, #version = :next, updatedAt = :now',
            ConditionExpression: '#version = :expected AND unsubscribeToken = :token',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: {
              ':optOut': [...current.optOut, kind],
              ':next': current.version + 1,
              ':expected': current.version,
              ':token': token,
              ':now': now.toISOString(),
            },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return toSettings(current.userId, result.Attributes);
      } catch (error) {
        // The person saved meanwhile: apply the switch to their new version.
        if (!isConditionFailure(error)) throw error;
        if (attempt >= RACE_ATTEMPTS) throw new VersionConflictError(ENTITY, undefined);
      }
    }
  }

  /** The settings of the person an unsubscribe link belongs to; {@link NotFoundError} if none does. */
  async ownerOf(token: string): Promise<NotificationSettings> {
    if (!isUnsubscribeTokenShape(token)) throw new NotFoundError('UnsubscribeToken');
    const lookup = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: unsubscribeKey(token), ConsistentRead: true }),
    );
    const userId = lookup.Item?.userId;
    if (typeof userId !== 'string') throw new NotFoundError('UnsubscribeToken');
    const settings = await this.get(userId);
    // A lookup left behind by an interrupted erasure names settings that no longer carry it.
    if (settings.unsubscribeToken !== token) throw new NotFoundError('UnsubscribeToken');
    return settings;
  }

  /** Deletes the person's settings and their unsubscribe lookup (erasure); idempotent. */
  async delete(userId: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.get(userId);
      const token = current.unsubscribeToken;
      try {
        await this.db.send(
          new TransactWriteCommand({
            TransactItems: [
              ...(token ? [{ Delete: { TableName: this.tableName, Key: unsubscribeKey(token) } }] : []),
              {
                Delete: {
                  TableName: this.tableName,
                  Key: settingsKey(userId),
                  // A token created meanwhile must not be orphaned: then read again.
                  ConditionExpression: token ? 'unsubscribeToken = :token' : 'attribute_not_exists(unsubscribeToken)',
                  ...(token && { ExpressionAttributeValues: { ':token': token } }),
                },
              },
            ],
          }),
        );
        return;
      } catch (error) {
        if (transactionCancellation(error) === undefined || attempt >= RACE_ATTEMPTS) throw error;
      }
    }
  }
}
