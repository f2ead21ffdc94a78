import type { Context } from 'hono';
import type { AccountLocales } from '../../shared/auth/account-locales.ts';
import type { Caller } from '../../shared/auth/caller.ts';
import { type IdentityProvider, NewPasswordRequiredError } from '../../shared/auth/identity-provider.ts';
import { IdentityError, ServiceUnavailableError } from '../../shared/errors/index.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { clientAddress } from '../../shared/http/client-address.ts';
import type { Lang } from '../../shared/i18n/languages.ts';
import type { GuardOptions } from '../../shared/throttle/attempt-guard.ts';
import type { ThrottledAction } from '../../shared/throttle/rules.ts';
import type { AccountsServices } from './services.ts';
import { signUpOrNotifyOwner } from './sign-up.ts';

/** Password guesses (sign-in, the new-password step): a right password ends the account's count. */
const PASSWORD_GUESS: GuardOptions = {
  isFailure: (error) =>
    error instanceof IdentityError && (error.code === 'INVALID_CREDENTIALS' || error.code === 'INVALID_SESSION'),
  onSuccess: 'reset',
};
/** Code guesses (confirmation and reset codes: 6 digits). */
const CODE_GUESS: GuardOptions = {
  isFailure: (error) => error instanceof IdentityError && error.code === 'INVALID_CODE',
  onSuccess: 'reset',
};
/** Mail sent on request (sign-up, a new code, forgot password): every one counts, unless nothing could be sent. */
const MAIL_SENDING: GuardOptions = {
  isFailure: (error) => !(error instanceof ServiceUnavailableError),
  onSuccess: 'keep',
};

/**
 * The account steps pages and API share, each under the throttle for its account (the e-mail
 * address) and the client's address (shared/throttle: guessing and mail-bombing).
 */
export function createAccountFlows(services: AccountsServices, identity: IdentityProvider, locales: AccountLocales) {
  const guarded = <T>(
    c: Context<AppEnv>,
    action: ThrottledAction,
    email: string,
    options: GuardOptions,
    attempt: () => Promise<T>,
  ) => services.attempts.run(action, { account: email, address: clientAddress(c) }, services.clock(), attempt, options);

  return {
    signUp: (c: Context<AppEnv>, input: { email: string; password: string; locale: string }) =>
      guarded(c, 'send', input.email, MAIL_SENDING, () =>
        signUpOrNotifyOwner({ identity, notices: services.accountExistsNotices, now: services.clock() }, input),
      ),
    /** The language the account signed up in (its Cognito `locale`); undefined when unknown or unreadable. */
    accountLanguage: (email: string) => locales.of(email),
    /** The language chosen in the settings becomes the account's `locale` too (Cognito's own mails). */
    keepAccountLanguage: async (caller: Caller, language: Lang | undefined) => {
      if (language && caller.email) await locales.set(caller.email, language);
    },
    confirm: (c: Context<AppEnv>, email: string, code: string) =>
      guarded(c, 'code', email, CODE_GUESS, () => identity.confirmSignUp(email, code)),
    /** A new confirmation code; the same answer whether or not the address has an unconfirmed account. */
    resendCode: (c: Context<AppEnv>, email: string) =>
      guarded(c, 'send', email, MAIL_SENDING, () => identity.resendConfirmationCode(email)),
    signIn: (c: Context<AppEnv>, email: string, password: string) =>
      guarded(c, 'password', email, PASSWORD_GUESS, async () => {
        try {
          return await identity.signIn(email, password);
        } catch (error) {
          // An invited account's first sign-in: only a challenge this app issued, for that address,
          // may be completed (shared/auth/challenge-repository.ts: cognito-local does not check it).
          if (error instanceof NewPasswordRequiredError)
            await services.challenges.remember(email, error.session, services.clock());
          throw error;
        }
      }),
    completeNewPassword: (c: Context<AppEnv>, email: string, session: string, password: string) =>
      guarded(c, 'password', email, PASSWORD_GUESS, async () => {
        if (!(await services.challenges.redeem(email, session, services.clock()))) {
          throw new IdentityError('INVALID_SESSION', 'Sign in again to continue');
        }
        return identity.completeNewPassword(email, session, password);
      }),
    forgotPassword: (c: Context<AppEnv>, email: string) =>
      guarded(c, 'send', email, MAIL_SENDING, () => identity.forgotPassword(email)),
    resetPassword: (c: Context<AppEnv>, email: string, code: string, password: string) =>
      guarded(c, 'code', email, CODE_GUESS, () => identity.confirmForgotPassword(email, code, password)),
    revoke: (refreshToken: string) => identity.revoke(refreshToken),
  };
}

export type AccountFlows = ReturnType<typeof createAccountFlows>;
