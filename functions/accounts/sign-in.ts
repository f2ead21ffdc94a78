import type { Caller } from '../../shared/auth/caller.ts';
import type { Tokens } from '../../shared/auth/identity-provider.ts';
import type { Services } from '../../shared/platform/services.ts';

/**
 * Opens a server-side session for tokens Cognito just issued (password sign-in or a first
 * sign-in's new password): the ID token is verified like any other, and the session holds the
 * verified caller.
 */
export async function openSession(
  services: Pick<Services, 'verifier' | 'sessions' | 'clock' | 'config'>,
  tokens: Tokens,
): Promise<{ token: string; caller: Caller }> {
  const caller = await services.verifier.verify(tokens.idToken);
  const token = await services.sessions.create(caller, services.clock(), services.config.sessionTtlSeconds);
  return { token, caller };
}
