import { accountExistsMail, type MailLocale } from '../../shared/auth/account-exists-mail.ts';
import { logger } from '../../shared/logging/logger.ts';
import type { AccountExistsNotice } from '../../shared/notifications/account-exists-notice.ts';
import type { NotifierDeps, NotifyResult } from './notifier.ts';
import { sendOnce } from './send-once.ts';
import type { SourceItem } from './source.ts';

export interface AccountExistsDeps {
  /** The account of an address: undefined when it has none (any more); its stored language, if any. */
  accountOf(email: string): Promise<{ locale: MailLocale | undefined } | undefined>;
  accountExistsNotices: { forgetAddress(key: { pk: string; sk: string }): Promise<void> };
}

/**
 * Tells the owner of an address that someone tried to sign up with it (the accounts function
 * recorded the notice): in the account's stored language, or German and English when it has
 * none; once, under the notice's delivery record. Then the notice forgets the address. An
 * address whose account is gone by now gets nothing: there is no owner to warn.
 */
export async function notifyAccountExists(
  item: SourceItem,
  notice: AccountExistsNotice,
  deps: NotifierDeps,
): Promise<NotifyResult> {
  const result: NotifyResult = { sent: 0, skipped: 0, failed: 0 };
  const email = notice.email;
  if (!email) return result;
  const account = await deps.accountOf(email);
  if (!account) {
    logger.info('account-exists notice for an address without an account');
    result.skipped++;
  } else {
    const mail = () => ({
      ...accountExistsMail(email, account.locale, deps.publicUrl),
      id: `${item.eventKey}#owner`,
      language: account.locale,
    });
    result[await sendOnce(`${item.eventKey}#owner`, 'AccountExists', mail, deps)]++;
  }
  if (result.failed === 0) await deps.accountExistsNotices.forgetAddress(item.key);
  return result;
}
