import { CatalogCache } from '../../shared/catalog/catalog-cache.ts';
import { CatalogRepository } from '../../shared/catalog/catalog-repository.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { isLang } from '../../shared/i18n/languages.ts';
import type { Mailer } from '../../shared/mail/mailer.ts';
import { AccountExistsNotices } from '../../shared/notifications/account-exists-notices.ts';
import { DeliveryRepository } from '../../shared/notifications/delivery-repository.ts';
import { renderNotification } from '../../shared/notifications/render.ts';
import type { NotificationSettingsReader } from '../../shared/notifications/settings.ts';
import { NotificationSettingsRepository } from '../../shared/notifications/settings-repository.ts';
import { matchingCore } from '../../shared/platform/factories/matching-core.ts';
import type { Clock } from '../../shared/platform/services.ts';
import { wire } from '../../shared/platform/wire.ts';
import type { AccountDirectory } from '../../shared/privacy/account-directory.ts';
import type { NotifierDeps } from './notifier.ts';
import { Recipients } from './recipients.ts';

export interface NotifierWiring {
  mailer: Mailer;
  accounts: Pick<AccountDirectory, 'get'>;
  /** Base of the links in the e-mails: PUBLIC_URL in AWS, the local server's origin on the local platform. */
  publicUrl: string;
  clock?: Clock;
  /** Default: the table's settings repository. */
  settings?: NotificationSettingsReader;
}

/** The notifier's dependencies on the table (built as the Lambda's handler and the local platform build them). */
export function createNotifierDeps(config: PlatformConfig, wiring: NotifierWiring): NotifierDeps {
  const clock = wiring.clock ?? (() => new Date());
  // Automatic cover's sweep needs matching and the match steps: the same services the API builds.
  const w = wire({ config, clock }, matchingCore);
  const { db: client } = w;
  const table = config.tableName;
  const publicUrl = wiring.publicUrl.replace(/\/+$/, '');
  return {
    needs: w.needRepository,
    matches: w.matchRepository,
    managers: w.staff,
    catalog: new CatalogCache(new CatalogRepository(client, table)),
    recipients: new Recipients({
      profiles: w.profileRepository,
      accounts: wiring.accounts,
      settings: wiring.settings ?? new NotificationSettingsRepository(client, table),
      publicUrl,
    }),
    deliveries: new DeliveryRepository(client, table),
    // The user pool takes an address as the user name as well as the sub.
    accountOf: async (email) => {
      const account = await wiring.accounts.get(email);
      return account && { locale: isLang(account.locale) ? account.locale : undefined };
    },
    accountExistsNotices: new AccountExistsNotices(client, table),
    render: renderNotification,
    mailer: wiring.mailer,
    clock,
    publicUrl,
    coverSweep: (needId, now) => w.managerMatches.coverSweep(needId, now),
  };
}
