import type { Caller } from '../../shared/auth/caller.ts';
import type { IdentityProvider, Tokens } from '../../shared/auth/identity-provider.ts';
import type { Services } from '../../shared/platform/services.ts';

/**
 * Password sign-in for web pages: Cognito checks the password, we verify the ID token it
 * returns like any other token, and open a server-side session for the verified caller.
 */
export async function openSession(
  services: Pick<Services, 'verifier' | 'sessions' | 'clock' | 'config'>,
  identity: IdentityProvider,
  email: string,
  password: string,
): Promise<{ token: string; caller: Caller; tokens: Tokens }> {
  const tokens = await identity.signIn(email, password);
  const caller = await services.verifier.verify(tokens.idToken);
  const token = await services.sessions.create(caller, services.clock(), services.config.sessionTtlSeconds);
  return { token, caller, tokens };
}
