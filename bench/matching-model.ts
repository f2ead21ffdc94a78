/**
 * A quick model of the matching bench, in memory and without DynamoDB: the bench's volunteers,
 * their candidate items (candidateItems), each need's reads (candidateQuery: its partitions × its sort-key ranges),
 * then what MatchService does with them (profile filter, the need's own hours, ledgers, checks from
 * pool M items, rankCandidates), against the Scan baseline's rankFromSnapshot. It prints items read
 * (index items + ledgers found + the need and staff GetItems), eligible and amplification per need,
 * and whether every proposal (ids, scores, explanations) is the baseline's, for the series and five
 * cover dates. Seconds instead of the bench's half hour: for trying a key layout; the bench's
 * figures are the ones to commit.
 *
 *   npx tsx bench/matching-model.ts 50000
 */

import { candidateItems, candidateQuery, type IndexedCheck } from '../shared/candidates/candidate-keys.ts';
import { liveIndexedChecks } from '../shared/candidates/indexed-checks.ts';
import { matchingNeed } from '../shared/matches/match-service.ts';
import { ownHoursViolations, profileViolations } from '../shared/matching/constraints.ts';
import { rankCandidates } from '../shared/matching/engine.ts';
import { upcomingOccurrences } from '../shared/matching/occurrences.ts';
import { judgedScope } from '../shared/matching/scope.ts';
import { type Candidate, DEFAULT_SAFEGUARDING_POLICY, type MatchingProfile } from '../shared/matching/types.ts';
import { CONSENT } from '../shared/volunteers/consent.ts';
import { matchingProfile } from '../shared/volunteers/profile-keys.ts';
import { BENCH_NOW, BENCH_TODAY, benchNeeds, volunteer } from './lib/matching-data.ts';
import { rankFromSnapshot, type TableSnapshot } from './lib/scan-baseline.ts';

const N = Number(process.argv[2] ?? 50000);
const ctx = { consentVersion: CONSENT.version, policy: DEFAULT_SAFEGUARDING_POLICY };
const now = BENCH_NOW;
const snapshot: TableSnapshot = { profiles: [], ledgers: new Map(), checks: new Map(), needs: new Map() };
type Stored = { sk: string; item: Record<string, unknown> };
const index = new Map<string, Stored[]>();
let items = 0;
for (let i = 0; i < N; i++) {
  const v = volunteer(i);
  snapshot.profiles.push(matchingProfile(v.profile));
  if (v.ledger) snapshot.ledgers.set(v.profile.volunteerId, v.ledger);
  const live = v.safeguarding && v.safeguarding.expiresAt > now.getTime() / 1000 ? v.safeguarding : undefined;
  if (live) snapshot.checks.set(v.profile.volunteerId, live);
  for (const item of candidateItems(v.profile, live, ctx, BENCH_TODAY)) {
    items++;
    const pk = item.GSI1PK as string;
    const stored = index.get(pk) ?? [];
    index.set(pk, stored);
    stored.push({ sk: item.GSI1SK as string, item });
  }
}
const needs = benchNeeds('m');
for (const n of needs) snapshot.needs.set(n.needId, n);
console.log(`${N} volunteers, ${items} candidate items (${(items / N).toFixed(1)} each)`);
const amps: number[] = [];
let allSame = true;
const run = (need: (typeof needs)[number], date?: string) => {
  const mn = matchingNeed(need);
  const scope = judgedScope(mn, BENCH_TODAY, { date });
  const query = candidateQuery(scope.need, scope.occurrences);
  // The repository returns the smallest group read to the end; the bench's needs have one required skill (or none).
  let best: { read: number; profiles: Map<string, MatchingProfile>; checks: Map<string, IndexedCheck> } | undefined;
  for (const group of query.groups) {
    const g = { read: 0, profiles: new Map<string, MatchingProfile>(), checks: new Map<string, IndexedCheck>() };
    for (const pk of group.partitionKeys)
      for (const { sk, item } of index.get(pk) ?? [])
        if (query.ranges.some((range) => sk >= range.from && sk <= range.to)) {
          g.read++;
          const p = item.profile as MatchingProfile;
          g.profiles.set(p.volunteerId, p);
          if (item.check) g.checks.set(p.volunteerId, item.check as IndexedCheck);
        }
    if (!best || g.profiles.size < best.profiles.size) best = g;
  }
  if (!best) throw new Error('a query without groups');
  const read = best;
  const fitting = [...read.profiles.values()].filter(
    (p) =>
      profileViolations(p, scope.need, scope.occurrences, ctx).length === 0 &&
      ownHoursViolations(p, scope.occurrences).length === 0,
  );
  const ledgersFound = fitting.filter((p) => snapshot.ledgers.has(p.volunteerId)).length;
  const checks = liveIndexedChecks(read.checks, now);
  const candidates: Candidate[] = fitting.map((profile) => ({
    profile,
    commitments: (snapshot.ledgers.get(profile.volunteerId)?.commitments ?? []).filter((c) =>
      date === undefined ? c.needId !== need.needId : !(c.needId === need.needId && c.date === date),
    ),
    safeguarding: need.involvesMinors ? checks.get(profile.volunteerId) : undefined,
  }));
  const engine = rankCandidates(mn, candidates, ctx, now, { date }).proposals;
  const baseline = rankFromSnapshot(snapshot, need.needId, ctx, now, { date }).proposals;
  const same = JSON.stringify(engine) === JSON.stringify(baseline);
  if (!same) allSame = false;
  // need GetItem + staff assignment GetItem (the need's matches partition is empty in the bench)
  const itemsRead = read.read + ledgersFound + 2;
  return {
    itemsRead,
    index: read.read,
    ledgersFound,
    eligible: engine.length,
    same,
    queries: query.groups.reduce((s, g) => s + g.partitionKeys.length, 0) * query.ranges.length,
  };
};
for (const need of needs) {
  const r = run(need);
  if (r.eligible > 0) amps.push(r.itemsRead / r.eligible);
  console.log(
    `${need.title.slice(0, 28).padEnd(28)} queries ${r.queries} index ${r.index} ledgers ${r.ledgersFound} items ${r.itemsRead} eligible ${r.eligible} amp ${r.eligible ? (r.itemsRead / r.eligible).toFixed(1) : '–'} same ${r.same}`,
  );
}
needs
  .filter((n) => n.schedule.kind === 'weekly')
  .filter((_, i) => i % 4 === 0)
  .forEach((need) => {
    const date = upcomingOccurrences(need.schedule, BENCH_TODAY)[2]?.date;
    const r = run(need, date);
    console.log(
      `cover ${need.title.slice(0, 22).padEnd(22)} ${date} items ${r.itemsRead} eligible ${r.eligible} same ${r.same}`,
    );
  });
amps.sort((a, b) => a - b);
const at = (i: number) => amps[i] ?? Number.NaN;
const m = amps.length % 2 ? at((amps.length - 1) / 2) : (at(amps.length / 2 - 1) + at(amps.length / 2)) / 2;
console.log(`median amplification ${m.toFixed(2)} over ${amps.length} needs; all proposals identical: ${allSame}`);
