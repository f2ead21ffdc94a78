import type { SafeguardingFacts } from '../matching/types.ts';
import type { IndexedCheck } from './candidate-keys.ts';

/**
 * The checks read with pool `M` items that are still live at `now`: as SafeguardingRepository,
 * facts past their TTL count as gone (DynamoDB's TTL deletion, which re-projects the volunteer,
 * lags).
 */
export function liveIndexedChecks(checks: Map<string, IndexedCheck>, now: Date): Map<string, SafeguardingFacts> {
  const nowSeconds = now.getTime() / 1000;
  const live = new Map<string, SafeguardingFacts>();
  for (const [volunteerId, check] of checks)
    if (check.expiresAt === undefined || check.expiresAt > nowSeconds) live.set(volunteerId, check);
  return live;
}
