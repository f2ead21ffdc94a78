import type { OptionalKind } from '../../shared/notifications/kinds.ts';
import {
  defaultSettings,
  type NotificationSettings,
  type NotificationSettingsReader,
} from '../../shared/notifications/settings.ts';

/** Notification settings kept in memory (the notifier's tests; the settings repository has its own). */
export class MemorySettings implements NotificationSettingsReader {
  private readonly stored = new Map<string, NotificationSettings>();

  set(userId: string, settings: { language?: 'de' | 'en'; optOut?: OptionalKind[] }): void {
    this.stored.set(userId, { ...this.get(userId), ...settings, version: this.get(userId).version + 1 });
  }

  get(userId: string): NotificationSettings {
    return this.stored.get(userId) ?? defaultSettings(userId);
  }

  async getMany(userIds: string[]): Promise<Map<string, NotificationSettings>> {
    return new Map(userIds.map((userId) => [userId, this.get(userId)]));
  }

  async unsubscribeToken(userId: string): Promise<string> {
    const current = this.get(userId);
    const token = current.unsubscribeToken ?? `token-${userId}`;
    this.stored.set(userId, { ...current, unsubscribeToken: token });
    return token;
  }
}
