import type { MailLanguage, OptionalKind } from './kinds.ts';

/**
 * A person's notification preferences (volunteers and staff alike): `USER#<sub>` /
 * `NOTIFICATIONS`, type `NotificationSettings`. Absent: every kind, language from the account.
 */
export interface NotificationSettings {
  userId: string;
  /** The language of their e-mails; absent: the account's locale, else German. */
  language?: MailLanguage | undefined;
  /** Optional kinds they switched off. */
  optOut: OptionalKind[];
  /** Secret of their one-click unsubscribe links (lookup item `UNSUBSCRIBE#<token>`); created on first use. */
  unsubscribeToken?: string | undefined;
  /** 0 when never saved. */
  version: number;
  updatedAt?: string | undefined;
}

/** What the notifier needs of the settings (implemented by settings-repository.ts). */
export interface NotificationSettingsReader {
  /** Settings of many people at once (BatchGet); people without settings get the defaults. */
  getMany(userIds: string[]): Promise<Map<string, NotificationSettings>>;
  /** The person's unsubscribe token, created (conditionally, race-safe) when they have none. */
  unsubscribeToken(userId: string): Promise<string>;
}

export const defaultSettings = (userId: string): NotificationSettings => ({ userId, optOut: [], version: 0 });
