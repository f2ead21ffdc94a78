import { BatchGetCommand, type BatchGetCommandOutput, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE } from '../db/table.ts';
import { defaultSettings, type NotificationSettings, type NotificationSettingsReader } from './settings.ts';

// Placeholder until helper E1's repository is merged (the lead keeps E1's file): reads with the
// keys of PLAN-9.md; creating unsubscribe tokens (and their lookup items) is E1's.
const settingsKey = (userId: string) => ({ [TABLE.partitionKey]: `USER#${userId}`, [TABLE.sortKey]: 'NOTIFICATIONS' });

const toSettings = (item: Record<string, unknown>): NotificationSettings => ({
  ...defaultSettings(item.userId as string),
  language: item.language as NotificationSettings['language'],
  optOut: (item.optOut as NotificationSettings['optOut'] | undefined) ?? [],
  unsubscribeToken: item.unsubscribeToken as string | undefined,
  version: (item.version as number | undefined) ?? 0,
});

/** People's notification settings as the notifier reads them. */
export class NotificationSettingsRepository implements NotificationSettingsReader {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getMany(userIds: string[]): Promise<Map<string, NotificationSettings>> {
    const found = new Map<string, NotificationSettings>();
    for (let start = 0; start < userIds.length; start += 100) {
      let keys: Record<string, unknown>[] | undefined = userIds.slice(start, start + 100).map(settingsKey);
      while (keys && keys.length > 0) {
        const result: BatchGetCommandOutput = await this.db.send(
          new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: keys } } }),
        );
        for (const item of result.Responses?.[this.tableName] ?? []) found.set(item.userId as string, toSettings(item));
        keys = result.UnprocessedKeys?.[this.tableName]?.Keys;
      }
    }
    for (const userId of userIds) if (!found.has(userId)) found.set(userId, defaultSettings(userId));
    return found;
  }

  async unsubscribeToken(userId: string): Promise<string> {
    throw new Error(`Unsubscribe tokens come with the settings repository (not merged yet): ${userId}`);
  }
}
