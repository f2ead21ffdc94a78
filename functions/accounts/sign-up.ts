import type { IdentityProvider } from '../../shared/auth/identity-provider.ts';
import { IdentityError } from '../../shared/errors/index.ts';
import { logger } from '../../shared/logging/logger.ts';

export interface SignUpDeps {
  identity: IdentityProvider;
  /** Records that the owner must be told (shared/notifications/account-exists-notices.ts); the notifier mails them. */
  notices: { record(email: string, now: Date): Promise<boolean> };
  now: Date;
}

/**
 * Signs up a new account; for an address that already has one, records that its owner must be
 * told (the notifier mails them from the table's stream, in their language). Either way the
 * caller gets the same answer, and a known address costs the request one table write instead of
 * a mail and a user-pool lookup, so neither answer nor timing reveals which addresses have
 * accounts. A failed write is logged, never reported: an error only for known addresses would
 * reveal them again.
 */
export async function signUpOrNotifyOwner(
  deps: SignUpDeps,
  input: { email: string; password: string; locale: string },
): Promise<void> {
  try {
    await deps.identity.signUp(input.email, input.password, input.locale);
  } catch (error) {
    if (!(error instanceof IdentityError && error.code === 'USER_EXISTS')) throw error;
    try {
      // False: a notice for this address is already on its way (one per window).
      await deps.notices.record(input.email, deps.now);
    } catch (noticeError) {
      logger.error('account-exists notice not recorded', {
        error: noticeError instanceof Error ? noticeError.message : String(noticeError),
      });
    }
  }
}
