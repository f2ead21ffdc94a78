import { TokenVerifier } from '../../auth/token-verifier.ts';
import type { Wired } from '../wire.ts';

/** Bearer tokens against the user pool's JWKS (its own module: it brings jose). */
export const verifier = (w: Pick<Wired, 'config'>) => new TokenVerifier(w.config.cognito);
