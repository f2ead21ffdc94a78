import type { Caller } from '../../shared/auth/caller.ts';
import type { Tokens } from '../../shared/auth/identity-provider.ts';
import type { Services } from '../../shared/platform/services.ts';
import { hasCurrentConsent } from '../../shared/volunteers/consent.ts';

type SignInServices = Pick<Services, 'verifier' | 'sessions' | 'clock' | 'config' | 'activity' | 'profileRepository'>;

/**
 * Records a sign-in for the inactivity job (shared/privacy): every successful sign-in, by page
 * or API, resets the person's clock.
 */
export async function recordSignIn(services: Pick<Services, 'verifier' | 'clock' | 'activity'>, tokens: Tokens) {
  const caller = await services.verifier.verify(tokens.idToken);
  await services.activity.recordSignIn(caller.userId, caller.roles, services.clock().toISOString());
  return caller;
}

/**
 * Opens a server-side session for tokens Cognito just issued (password sign-in or a first
 * sign-in's new password): the ID token is verified like any other, and the session holds the
 * verified caller. `consentOutdated`: a volunteer whose profile agreed to an older consent text
 * is asked to agree again before anything else.
 */
export async function openSession(
  services: SignInServices,
  tokens: Tokens,
): Promise<{ token: string; caller: Caller; consentOutdated: boolean }> {
  const caller = await recordSignIn(services, tokens);
  const token = await services.sessions.create(caller, services.clock(), services.config.sessionTtlSeconds);
  const profile = caller.roles.includes('volunteer') ? await services.profileRepository.get(caller.userId) : undefined;
  return { token, caller, consentOutdated: profile !== undefined && !hasCurrentConsent(profile) };
}
