import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { CatalogCache } from '../../shared/catalog/catalog-cache.ts';
import { CatalogRepository } from '../../shared/catalog/catalog-repository.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import type { Mailer } from '../../shared/mail/mailer.ts';
import { MatchRepository } from '../../shared/matches/match-repository.ts';
import { NeedRepository } from '../../shared/needs/need-repository.ts';
import { DeliveryRepository } from '../../shared/notifications/delivery-repository.ts';
import { renderNotification } from '../../shared/notifications/render.ts';
import type { NotificationSettingsReader } from '../../shared/notifications/settings.ts';
import { NotificationSettingsRepository } from '../../shared/notifications/settings-repository.ts';
import { type Clock, createServices } from '../../shared/platform/services.ts';
import type { AccountDirectory } from '../../shared/privacy/account-directory.ts';
import { ProfileRepository } from '../../shared/volunteers/profile-repository.ts';
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
  const db = createDocumentClient(config);
  const table = config.tableName;
  const publicUrl = wiring.publicUrl.replace(/\/+$/, '');
  // Automatic cover's sweep needs matching and the match steps: the same services the API builds.
  const { matches } = createServices(config);
  return {
    needs: new NeedRepository(db, table),
    matches: new MatchRepository(db, table),
    managers: new StaffRepository(db, table),
    catalog: new CatalogCache(new CatalogRepository(db, table)),
    recipients: new Recipients({
      profiles: new ProfileRepository(db, table),
      accounts: wiring.accounts,
      settings: wiring.settings ?? new NotificationSettingsRepository(db, table),
      publicUrl,
    }),
    deliveries: new DeliveryRepository(db, table),
    render: renderNotification,
    mailer: wiring.mailer,
    clock: wiring.clock ?? (() => new Date()),
    publicUrl,
    coverSweep: (needId, now) => matches.coverSweep(needId, now),
  };
}
