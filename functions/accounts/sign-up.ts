import { accountExistsMail } from '../../shared/auth/account-exists-mail.ts';
import type { AccountLocales } from '../../shared/auth/account-locales.ts';
import type { IdentityProvider } from '../../shared/auth/identity-provider.ts';
import { IdentityError } from '../../shared/errors/index.ts';
import { logger } from '../../shared/logging/logger.ts';
import type { Mailer } from '../../shared/mail/mailer.ts';

export interface SignUpDeps {
  identity: IdentityProvider;
  locales: AccountLocales;
  mailer: Mailer;
}

/**
 * Signs up a new account; for an address that already has one, tells its owner by e-mail instead.
 * Either way the caller gets the same answer, so sign-up does not reveal which addresses have
 * accounts. A failed notice is logged, never reported: an error only for known addresses would
 * reveal them again.
 */
export async function signUpOrNotifyOwner(
  deps: SignUpDeps,
  input: { email: string; password: string; locale: string },
  baseUrl: string,
): Promise<void> {
  try {
    await deps.identity.signUp(input.email, input.password, input.locale);
  } catch (error) {
    if (!(error instanceof IdentityError && error.code === 'USER_EXISTS')) throw error;
    try {
      await deps.mailer.send(accountExistsMail(input.email, await deps.locales.of(input.email), baseUrl));
    } catch (mailError) {
      logger.error('account-exists notice not sent', {
        error: mailError instanceof Error ? mailError.message : String(mailError),
      });
    }
  }
}
