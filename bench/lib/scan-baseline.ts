/**
 * The naive design the matching bench compares against: Scan the whole table on every matching
 * call, keep the volunteer profiles, ledgers, safeguarding checks and the needs, and rank with the
 * same pure engine (shared/matching). Bench only: no request path may Scan (docs/access-patterns.md).
 *
 * The Scan filters on `type` so that only those items travel back (cheaper for the baseline's
 * latency); DynamoDB still reads, and charges, every item of the table (ScannedCount). Eventually
 * consistent, like the candidate index and the BatchGets of the real path.
 */
import { type DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import type { Ledger } from '../../shared/matches/ledger.ts';
import { matchingNeed } from '../../shared/matches/match-service.ts';
import type { ConstraintContext } from '../../shared/matching/constraints.ts';
import { rankCandidates } from '../../shared/matching/engine.ts';
import type { MatchingOptions } from '../../shared/matching/scope.ts';
import type { Candidate, MatchingProfile, MatchingResult, SafeguardingFacts } from '../../shared/matching/types.ts';
import { toNeed } from '../../shared/needs/need-reads.ts';
import type { Need } from '../../shared/needs/schemas.ts';
import type { SafeguardingCheck } from '../../shared/safeguarding/schemas.ts';
import { matchingProfile } from '../../shared/volunteers/profile-keys.ts';
import type { VolunteerProfile } from '../../shared/volunteers/schemas.ts';

/** What one Scan found: everything matching needs, for any need. */
export interface TableSnapshot {
  profiles: MatchingProfile[];
  ledgers: Map<string, Ledger>;
  /** Live checks only (as SafeguardingRepository: past their TTL they count as gone). */
  checks: Map<string, SafeguardingFacts>;
  needs: Map<string, Need>;
}

/**
 * Scans the whole table. `pageLimit` caps the items per page (0: DynamoDB's 1 MB pages); it does
 * not change what is read, only how many round trips carry it. `stopAfter` (items scanned) ends
 * the Scan early: for warming up only.
 */
export async function scanTable(
  db: DynamoDBDocumentClient,
  tableName: string,
  now: Date,
  pageLimit = 0,
  stopAfter = Number.POSITIVE_INFINITY,
): Promise<TableSnapshot> {
  let scanned = 0;
  const snapshot: TableSnapshot = { profiles: [], ledgers: new Map(), checks: new Map(), needs: new Map() };
  const nowSeconds = now.getTime() / 1000;
  const pages = paginateScan(
    { client: db },
    {
      TableName: tableName,
      FilterExpression: '#type IN (:profile, :ledger, :check, :need)',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: {
        ':profile': 'VolunteerProfile',
        ':ledger': 'Ledger',
        ':check': 'SafeguardingCheck',
        ':need': 'Need',
      },
      ReturnConsumedCapacity: 'TOTAL',
      ...(pageLimit > 0 && { Limit: pageLimit }),
    },
  );
  for await (const page of pages) {
    scanned += page.ScannedCount ?? 0;
    for (const item of page.Items ?? []) {
      switch (item.type) {
        case 'VolunteerProfile':
          snapshot.profiles.push(matchingProfile(item as VolunteerProfile));
          break;
        case 'Ledger':
          snapshot.ledgers.set(item.volunteerId as string, item as Ledger);
          break;
        case 'SafeguardingCheck': {
          const check = item as SafeguardingCheck;
          if (check.expiresAt > nowSeconds) snapshot.checks.set(check.volunteerId, check);
          break;
        }
        case 'Need': {
          const need = toNeed(item);
          snapshot.needs.set(need.needId, need);
          break;
        }
      }
    }
    if (scanned >= stopAfter) break;
  }
  return snapshot;
}

/**
 * Every volunteer of the snapshot judged by the pure engine, as MatchService does for its
 * candidates: the need's share of dates (`matchingNeed` carries it) or, with `options.date`, one
 * cover date alone — over everyone, not the index's partitions. `minSharePercent` overrides the
 * need's share (the bench's "old rule": 100).
 */
export function rankFromSnapshot(
  snapshot: TableSnapshot,
  needId: string,
  context: ConstraintContext,
  now: Date,
  options: MatchingOptions & { minSharePercent?: number } = {},
): MatchingResult {
  const need = snapshot.needs.get(needId);
  if (!need) throw new Error(`baseline: need ${needId} not found by the scan`);
  const candidates: Candidate[] = snapshot.profiles.map((profile) => ({
    profile,
    // As MatchService: a commitment to this very need does not count against it.
    commitments: (snapshot.ledgers.get(profile.volunteerId)?.commitments ?? []).filter((c) => c.needId !== needId),
    safeguarding: need.involvesMinors ? snapshot.checks.get(profile.volunteerId) : undefined,
  }));
  const { minSharePercent, ...matching } = options;
  const judged = minSharePercent === undefined ? matchingNeed(need) : { ...matchingNeed(need), minSharePercent };
  return rankCandidates(judged, candidates, context, now, matching);
}

/** One baseline matching call: a full Scan, then the engine over everyone. */
export async function scanAndMatch(
  db: DynamoDBDocumentClient,
  tableName: string,
  needId: string,
  context: ConstraintContext,
  now: Date,
  pageLimit = 0,
  options: MatchingOptions = {},
): Promise<MatchingResult & { snapshot: TableSnapshot }> {
  const snapshot = await scanTable(db, tableName, now, pageLimit);
  return { ...rankFromSnapshot(snapshot, needId, context, now, options), snapshot };
}
