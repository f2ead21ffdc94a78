import {
  isOptionalKind,
  MAIL_LANGUAGES,
  type MailLanguage,
  type NotificationKind,
} from '../../shared/notifications/kinds.ts';
import type { Recipient } from '../../shared/notifications/notification.ts';
import { defaultSettings, type NotificationSettingsReader } from '../../shared/notifications/settings.ts';
import type { AccountDirectory } from '../../shared/privacy/account-directory.ts';
import type { VolunteerProfile } from '../../shared/volunteers/schemas.ts';

/** A person to notify, as the event names them. */
export interface Person {
  userId: string;
  audience: 'volunteer' | 'staff';
}

/** A resolved recipient of one kind of notification, or why there is none. */
export type Resolution =
  | { outcome: 'send'; recipient: Recipient; unsubscribeUrl?: string | undefined }
  | { outcome: 'skip'; why: 'opted-out' | 'no-address' };

export interface RecipientDeps {
  profiles: { get(volunteerId: string): Promise<VolunteerProfile | undefined> };
  accounts: Pick<AccountDirectory, 'get'>;
  settings: NotificationSettingsReader;
  /** Absolute base URL of links (no trailing slash). */
  publicUrl: string;
}

const mailLanguage = (value: string | undefined): MailLanguage | undefined =>
  (MAIL_LANGUAGES as readonly string[]).includes(value ?? '') ? (value as MailLanguage) : undefined;

/**
 * Resolves the people of one event for their notifications: settings of all at once, then each
 * person's address (a volunteer's from their profile, staff from the user pool) and language
 * (their setting, else their account's locale, else German). An optional kind a person switched
 * off is skipped; otherwise it carries their one-click unsubscribe URL.
 */
export class Recipients {
  constructor(private readonly deps: RecipientDeps) {}

  async resolve(wanted: { person: Person; kind: NotificationKind }[]): Promise<Resolution[]> {
    const settings = await this.deps.settings.getMany([...new Set(wanted.map((w) => w.person.userId))]);
    const people = new Map<string, Promise<Recipient | undefined>>();
    return Promise.all(
      wanted.map(async ({ person, kind }): Promise<Resolution> => {
        const own = settings.get(person.userId) ?? defaultSettings(person.userId);
        if (isOptionalKind(kind) && own.optOut.includes(kind)) return { outcome: 'skip', why: 'opted-out' };
        let found = people.get(person.userId);
        if (!found) {
          found = this.address(person, own.language);
          people.set(person.userId, found);
        }
        const recipient = await found;
        if (!recipient) return { outcome: 'skip', why: 'no-address' };
        if (!isOptionalKind(kind)) return { outcome: 'send', recipient };
        const token = own.unsubscribeToken ?? (await this.deps.settings.unsubscribeToken(person.userId));
        const query = new URLSearchParams({ token, kind });
        return { outcome: 'send', recipient, unsubscribeUrl: `${this.deps.publicUrl}/unsubscribe?${query}` };
      }),
    );
  }

  private async address(person: Person, chosen: MailLanguage | undefined): Promise<Recipient | undefined> {
    if (person.audience === 'volunteer') {
      const profile = await this.deps.profiles.get(person.userId);
      if (!profile) return undefined;
      const language = chosen ?? mailLanguage((await this.deps.accounts.get(person.userId))?.locale) ?? 'de';
      return { userId: person.userId, email: profile.email, language, firstName: profile.firstName };
    }
    const account = await this.deps.accounts.get(person.userId);
    if (!account?.email) return undefined;
    return { userId: person.userId, email: account.email, language: chosen ?? mailLanguage(account.locale) ?? 'de' };
  }
}
