import { matchRepository } from './match-repository.ts';
import { needRepository } from './need-repository.ts';
import { signedInBase } from './signed-in-base.ts';

/**
 * {@link signedInBase} and the needs' and matches' repositories: what the functions around needs
 * and matches wire (needs, volunteers, admin, initiatives). Spread into a handler's `wire(…)`
 * beside what only that function uses.
 */
export const signedInCore = {
  ...signedInBase,
  needRepository,
  matchRepository,
};
