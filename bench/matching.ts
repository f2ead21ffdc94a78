/**
 * Matching bench: seeds 1,000, 10,000 and 50,000 volunteers (bench/lib/matching-data.ts) into
 * DynamoDB Local (in memory, started here, a fresh engine and table per size), then matches a fixed set of 24
 * needs with the real MatchService.candidates (candidate index by pool × quarter × weekday × time bucket × skill × language × hour class, BatchGet of
 * ledgers and safeguarding facts) and with a naive Scan-and-filter baseline (bench/lib/scan-baseline.ts)
 * in the same run, interleaved. Records latency, items read and capacity units per call, the
 * number of eligible volunteers, and whether both found the same proposals. Weekly needs ask for
 * their minimum share of dates (75 % here, the default): it also reports the median eligible
 * volunteers per need under the old rule (every date, minSharePercent 100, judged on the Scan),
 * and cover queries — single-date matching of five weekly needs (MatchService.candidates with
 * `date`), with their own reads and the same-proposals check against the Scan baseline.
 * Writes bench/results/matching.json and bench/results/matching.md.
 *
 *   npm run bench -- --only matching
 *   npm run bench -- --only matching --sizes 1000,10000 --reps 5 --baseline-calls 6 --no-write
 *   (--scan-page-limit N: items per baseline Scan page, default 1000, 0 = 1 MB pages; --concurrency N: seeding)
 *
 * See bench/README.md for the distributions and what the numbers mean.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ensureTable, localConfig, localDynamoClient } from '../infra/local/bootstrap.ts';
import type { EngineHandle } from '../infra/local/engines/child.ts';
import { startDynamoDbLocal } from '../infra/local/engines/dynamodb.ts';
import { freePort } from '../infra/local/ports.ts';
import { ProcessRegistry, reapStaleProcesses } from '../infra/local/process-registry.ts';
import { AuditRepository } from '../shared/audit/audit-repository.ts';
import { AuditTrail } from '../shared/audit/audit-trail.ts';
import type { Caller } from '../shared/auth/caller.ts';
import { StaffRepository } from '../shared/auth/staff-repository.ts';
import { candidateItems } from '../shared/candidates/candidate-keys.ts';
import { CandidateRepository } from '../shared/candidates/candidate-repository.ts';
import { QUARTERS } from '../shared/catalog/seed-data.ts';
import type { PlatformConfig } from '../shared/config/env.ts';
import { batchWrite, putRequest, type WriteRequest } from '../shared/db/batch-write.ts';
import { createDocumentClient } from '../shared/db/client.ts';
import { ledgerKey } from '../shared/matches/match-keys.ts';
import { MatchRepository } from '../shared/matches/match-repository.ts';
import { type CandidateList, MatchService } from '../shared/matches/match-service.ts';
import type { ConstraintContext } from '../shared/matching/constraints.ts';
import { upcomingOccurrences } from '../shared/matching/occurrences.ts';
import { DEFAULT_SAFEGUARDING_POLICY, type Proposal } from '../shared/matching/types.ts';
import { NeedRepository } from '../shared/needs/need-repository.ts';
import { Need as NeedSchema } from '../shared/needs/schemas.ts';
import { createServices } from '../shared/platform/services.ts';
import { SafeguardingRepository, safeguardingKey } from '../shared/safeguarding/safeguarding-repository.ts';
import { CONSENT } from '../shared/volunteers/consent.ts';
import { indexItems, profileKey } from '../shared/volunteers/profile-keys.ts';
import { ProfileRepository } from '../shared/volunteers/profile-repository.ts';
import { VolunteerProfile as VolunteerProfileSchema } from '../shared/volunteers/schemas.ts';
import {
  assertCatalogue,
  BENCH_NOW,
  BENCH_TODAY,
  benchNeeds,
  SAFEGUARDING_RETENTION_MONTHS,
  volunteer,
} from './lib/matching-data.ts';
import { percentile, round } from './lib/process-timing.ts';
import { ReadMeter, type ReadTotals } from './lib/read-meter.ts';
import { rankFromSnapshot, scanAndMatch, scanTable } from './lib/scan-baseline.ts';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_JSON = join(PROJECT_ROOT, 'bench/results/matching.json');
const RESULTS_MD = join(PROJECT_ROOT, 'bench/results/matching.md');
const PID_DIR = join(tmpdir(), 'quartiershilfe-bench', 'pids');
const MANAGER: Caller = { userId: 'bench-manager', roles: ['manager'] };
/** As the manager's need page reads candidates; the service records each listed volunteer (writes, not metered). */
const BENCH_VIA = { method: 'GET', route: '/manage/needs/:needId' };
const CONSTRAINTS: ConstraintContext = { consentVersion: CONSENT.version, policy: DEFAULT_SAFEGUARDING_POLICY };

interface Figures {
  p50_ms: number;
  p95_ms: number;
  /** Median per call. */
  items_read: number;
  /** Median per call. */
  capacity_units: number;
}

interface NeedRow {
  needId: string;
  title: string;
  quarterId: string;
  weekday: string;
  involvesMinors: boolean;
  eligible: number;
  engine: {
    p50_ms: number;
    items_read: number;
    capacity_units: number;
    candidates_read: number;
    batch_keys_requested: number;
  };
  /** null: no timed baseline call for this need at this size (compared through the scan snapshot). */
  baseline_p50_ms: number | null;
  same_proposals: boolean;
}

interface SizeRun {
  volunteers: number;
  /** Median over calls of the proposals (volunteers passing every hard constraint). */
  eligible: number;
  engine: Figures & {
    calls: number;
    /** Requests per call (pages, BatchGet rounds, need and staff reads), median. */
    requests: number;
    /** Median distinct volunteers the candidate index returned (MatchService cost.candidatesRead). */
    candidates_read: number;
    /** Median keys BatchGet asked for (ledgers, and safeguarding for needs with minors). */
    batch_keys_requested: number;
    /** capacity_units plus 0.5 per BatchGet key that found no item: AWS charges those, DynamoDB Local does not. */
    capacity_units_aws_estimate: number;
    /** What MatchService itself reports in `cost` (index + ledgers + safeguarding only), medians. */
    reported_cost: { items_read: number; capacity_units: number };
  };
  baseline: Figures & { calls: number; needs_timed: number; requests: number };
  /** Series and cover queries alike gave the Scan baseline's proposals. */
  same_proposals: boolean;
  /**
   * Single-date (cover) queries: MatchService.candidates with `date`, for the weekly needs of
   * COVER_QUERIES. Latency, items and RCU per call as for the engine; the baseline for the same
   * question is the same full Scan (its items and RCU do not depend on the question).
   */
  cover: Figures & {
    calls: number;
    queries: { needId: string; title: string; date: string; eligible: number; candidates_read: number }[];
    /** Median over calls of the proposals. */
    eligible: number;
    candidates_read: number;
    same_proposals: boolean;
  };
  /**
   * Median over needs of the volunteers passing every hard constraint, judged on the Scan's data:
   * under the share rule (each need's minimum share: 75 %, the default) and the old rule (every
   * date: minSharePercent 100); over all 24 needs and over the 17 weekly ones.
   */
  eligible_per_need: { share_rule: number; every_date: number; weekly_share_rule: number; weekly_every_date: number };
  /** engine ÷ baseline. Latency only as a ratio within one run: DynamoDB Local is not DynamoDB. */
  ratios: {
    p50_ms: number;
    p95_ms: number;
    items_read: number;
    capacity_units: number;
    capacity_units_aws_estimate: number;
  };
  /** Median over needs with ≥ 1 eligible volunteer of items read ÷ eligible; the physical limit is 1. */
  read_amplification: { engine: number; baseline: number; needs_without_eligible: number };
  /** Over one engine call per need: index candidates read, and how many of them failed each constraint. */
  exclusions: { index_candidates: number; by_constraint: Record<string, number> };
  seeding: {
    items: number;
    candidate_items: number;
    ledgers: number;
    safeguarding_checks: number;
    seconds: number;
    table_bytes?: number;
  };
  measure_seconds: number;
  /** The service built by createServices gave the same proposals and cost as the metered one (first size only; else null). */
  wiring_check: boolean | null;
  per_need: NeedRow[];
  mismatches: string[];
}

const median = (values: number[]) => percentile(values, 50);
const weekdayOfNeed = (need: { schedule: { kind: string; weekday?: string; date?: string } }) =>
  need.schedule.kind === 'weekly' ? (need.schedule.weekday as string) : `once ${need.schedule.date}`;

function sameProposals(a: Proposal[], b: Proposal[]): string | undefined {
  if (a.length !== b.length) return `${a.length} vs ${b.length} proposals`;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Proposal;
    const y = b[i] as Proposal;
    if (x.volunteerId !== y.volunteerId || x.score !== y.score)
      return `#${i}: ${x.volunteerId} (${x.score}) vs ${y.volunteerId} (${y.score})`;
    if (JSON.stringify(x.explanation) !== JSON.stringify(y.explanation)) return `#${i}: explanations differ`;
    if (JSON.stringify(x.absences) !== JSON.stringify(y.absences)) return `#${i}: absences differ`;
  }
  return undefined;
}

/** Which cover queries the bench asks: every fourth weekly need (five), at its third remaining date. */
export const COVER_QUERIES = { everyNthWeeklyNeed: 4, remainingDate: 3 } as const;

function coverQueries(needs: BenchNeed[]): { need: BenchNeed; date: string }[] {
  return needs
    .filter((need) => need.schedule.kind === 'weekly')
    .filter((_, i) => i % COVER_QUERIES.everyNthWeeklyNeed === 0)
    .map((need) => {
      const date = upcomingOccurrences(need.schedule, BENCH_TODAY)[COVER_QUERIES.remainingDate - 1]?.date;
      if (!date) throw new Error(`${need.title}: fewer than ${COVER_QUERIES.remainingDate} remaining dates`);
      return { need, date };
    });
}

/** The production wiring of MatchService (shared/platform/services.ts) on a metered client. */
function matchServiceOn(db: DynamoDBDocumentClient, config: PlatformConfig): MatchService {
  const table = config.tableName;
  return new MatchService({
    needs: new NeedRepository(db, table),
    matches: new MatchRepository(db, table),
    candidates: new CandidateRepository(db, table),
    safeguarding: new SafeguardingRepository(db, table),
    profiles: new ProfileRepository(db, table),
    staff: new StaffRepository(db, table),
    audit: new AuditTrail({ repository: new AuditRepository(db, table) }),
    constraints: CONSTRAINTS,
    invitationTtlHours: config.invitationTtlHours,
    safeguardingRetentionMonths: SAFEGUARDING_RETENTION_MONTHS,
  });
}

interface SeedCounts {
  items: number;
  /** Of `items`: candidate index items (the projection's write fan-out). */
  candidateItems: number;
  ledgers: number;
  checks: number;
}

/**
 * Profile + memberships (indexItems, as ProfileRepository.create), ledger and safeguarding items,
 * and — for the engine's table — the candidate index items exactly as the stream projector
 * writes them (candidateItems; test/integration/candidate-index.test.ts checks the projector).
 */
function* volunteerItems(count: number, counts: SeedCounts, withCandidates: boolean): Generator<WriteRequest> {
  for (let index = 0; index < count; index++) {
    const { profile, ledger, safeguarding } = volunteer(index);
    const valid = VolunteerProfileSchema.safeParse(profile);
    if (!valid.success) throw new Error(`volunteer ${index} is not a valid profile: ${valid.error.message}`);
    const items: Record<string, unknown>[] = [
      { ...profileKey(profile.volunteerId), type: 'VolunteerProfile', ...profile },
      ...indexItems(profile),
    ];
    if (ledger) {
      items.push({ ...ledgerKey(profile.volunteerId), type: 'Ledger', ...ledger });
      counts.ledgers++;
    }
    if (safeguarding) {
      items.push({ ...safeguardingKey(profile.volunteerId), type: 'SafeguardingCheck', ...safeguarding });
      counts.checks++;
    }
    if (withCandidates) {
      // As the projector: only live facts (SafeguardingRepository.get filters expired ones).
      const live = safeguarding && safeguarding.expiresAt > BENCH_NOW.getTime() / 1000 ? safeguarding : undefined;
      const candidates = candidateItems(profile, live, CONSTRAINTS, BENCH_TODAY);
      items.push(...candidates);
      counts.candidateItems += candidates.length;
    }
    counts.items += items.length;
    yield* items.map(putRequest);
  }
}

interface Options {
  /** Engine calls per need; undefined: 5, and 3 from 50,000 volunteers on (see repsFor). */
  reps: number | undefined;
  /** Timed baseline calls per size; undefined: the automatic budget (see baselineCallsFor). */
  baselineCalls: number | undefined;
  scanPageLimit: number;
  concurrency: number;
}

/**
 * Timed baseline calls for a size: about as many scanned items per size as 72 calls (3 per need)
 * at 1,000 volunteers, and never fewer than 3 — a full Scan of 50,000 volunteers' table takes a
 * minute or more on DynamoDB Local. Every need is still compared (see the snapshot check).
 */
export function baselineCallsFor(size: number, needs: number, fixed: number | undefined): number {
  if (fixed !== undefined) return fixed;
  return Math.min(3 * needs, Math.max(3, Math.round((3 * needs * 1000) / size)));
}

/** Engine rounds (calls per need) for a size: 5, and 3 from 50,000 volunteers on (each call takes seconds there). */
export function repsFor(size: number, fixed: number | undefined): number {
  return fixed ?? (size >= 50_000 ? 3 : 5);
}

type BenchNeed = ReturnType<typeof benchNeeds>[number];

async function benchSize(endpoint: string, size: number, options: Options, first: boolean): Promise<SizeRun> {
  const tableName = `bench-matching-${size}`;
  // The baseline scans its own table with the same data but no candidate index, as a naive
  // implementation would have: its Scan does not pay for the engine's index items.
  const baselineTable = `bench-baseline-${size}`;
  await ensureTable(endpoint, tableName);
  await ensureTable(endpoint, baselineTable);
  const config = localConfig({
    tableName,
    dynamoEndpoint: endpoint,
    // Matching never talks to Cognito.
    cognitoEndpoint: 'http://127.0.0.1:9',
    userPoolId: 'eu-central-1_bench',
    clientId: 'bench',
  });
  const seedDb = createDocumentClient(config);
  const db = createDocumentClient(config);
  const meter = new ReadMeter(db);
  const service = matchServiceOn(db, config);
  const admin = localDynamoClient(endpoint);
  try {
    // 1. Seed: the manager's quarters, the needs, the volunteers (the baseline's table first).
    const seedStarted = performance.now();
    const needs = benchNeeds(MANAGER.userId);
    for (const table of [baselineTable, tableName]) {
      await new StaffRepository(seedDb, table).put({ userId: MANAGER.userId, quarters: QUARTERS.map((q) => q.id) });
      const needRepository = new NeedRepository(seedDb, table);
      for (const need of needs) {
        NeedSchema.parse(need);
        await needRepository.create(need);
      }
    }
    await batchWrite(
      seedDb,
      baselineTable,
      volunteerItems(size, { items: 0, candidateItems: 0, ledgers: 0, checks: 0 }, false),
      {
        concurrency: options.concurrency,
      },
    );
    console.log(`  ${size}: seeded the baseline's table (${((performance.now() - seedStarted) / 1000).toFixed(0)} s)`);
    const counts: SeedCounts = { items: 0, candidateItems: 0, ledgers: 0, checks: 0 };
    let shown = 0;
    await batchWrite(seedDb, tableName, volunteerItems(size, counts, true), {
      concurrency: options.concurrency,
      onProgress: () => {
        const tenth = Math.floor((counts.items / (size * 36)) * 10);
        if (tenth > shown && tenth < 10) {
          shown = tenth;
          console.log(
            `  ${size}: seeding ~${tenth * 10} % (${((performance.now() - seedStarted) / 1000).toFixed(0)} s)`,
          );
        }
      },
    });
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const described = await admin.send(new DescribeTableCommand({ TableName: tableName }));
    console.log(
      `  ${size}: seeded ${size.toLocaleString('en')} volunteers (${counts.items.toLocaleString('en')} items, ` +
        `${counts.candidateItems.toLocaleString('en')} of them candidate index items, ` +
        `${counts.ledgers} ledgers, ${counts.checks} safeguarding checks) in ${seedSeconds.toFixed(1)} s`,
    );

    // 2. Warm-up (every size has a fresh DynamoDB Local, so a cold JVM): every need once, and the
    //    first 20,000 items of a Scan. On the first size each need also goes through the service
    //    createServices builds (the wiring check: same proposals and cost as the metered one).
    let wiring: boolean | null = null;
    const warmStarted = performance.now();
    const production = first ? createServices(config, () => BENCH_NOW) : undefined;
    if (production) wiring = true;
    for (const need of needs) {
      const ours = await service.candidates(MANAGER, need.needId, BENCH_VIA, BENCH_NOW);
      const theirs = await production?.matches.candidates(MANAGER, need.needId, BENCH_VIA, BENCH_NOW);
      if (
        theirs &&
        (sameProposals(ours.proposals, theirs.proposals) || JSON.stringify(ours.cost) !== JSON.stringify(theirs.cost))
      )
        wiring = false;
    }
    await scanTable(db, baselineTable, BENCH_NOW, options.scanPageLimit, 20_000);
    console.log(`  ${size}: warm-up done in ${((performance.now() - warmStarted) / 1000).toFixed(1)} s`);

    // 3. Measure. Engine: `reps` rounds over every need (rotated). Baseline: its calls spread evenly
    //    between the engine calls, over needs spread across the set.
    type EngineCall = {
      needId: string;
      ms: number;
      reads: ReadTotals;
      list: Pick<CandidateList, 'proposals' | 'cost'>;
    };
    const exclusions: Record<string, number> = {};
    let indexCandidates = 0;
    type BaselineCall = { needId: string; ms: number; reads: ReadTotals; proposals: Proposal[] };
    const engineOrder: BenchNeed[] = [];
    const reps = repsFor(size, options.reps);
    for (let round_ = 0; round_ < reps; round_++)
      engineOrder.push(...needs.map((_, i) => needs[(i + round_) % needs.length] as BenchNeed));
    const baselineTotal = baselineCallsFor(size, needs.length, options.baselineCalls);
    const baselineNeed = (j: number) =>
      needs[
        baselineTotal >= needs.length ? j % needs.length : Math.floor((j * needs.length) / baselineTotal)
      ] as BenchNeed;
    const baselineAfter = (j: number) => Math.floor((j * engineOrder.length) / baselineTotal);
    const engineCalls: EngineCall[] = [];
    const baselineCalls: BaselineCall[] = [];
    let snapshotProposals: Map<string, Proposal[]> | undefined;
    /** The Scan's answers to the cover queries (key `needId date`), and per need under the old rule. */
    let snapshotCover: Map<string, Proposal[]> | undefined;
    let snapshotEveryDate: Map<string, number> | undefined;
    const covers = coverQueries(needs);
    const measureStarted = performance.now();
    let nextBaseline = 0;
    const runBaselinesDueAt = async (engineIndex: number) => {
      while (nextBaseline < baselineTotal && baselineAfter(nextBaseline) <= engineIndex) {
        const need = baselineNeed(nextBaseline);
        const { result, reads, ms } = await meter.measure(() =>
          scanAndMatch(db, baselineTable, need.needId, CONSTRAINTS, BENCH_NOW, options.scanPageLimit),
        );
        baselineCalls.push({ needId: need.needId, ms, reads, proposals: result.proposals });
        // Every need judged on what this one Scan read: the baseline's answer for all 24.
        snapshotProposals ??= new Map(
          needs.map((n) => [n.needId, rankFromSnapshot(result.snapshot, n.needId, CONSTRAINTS, BENCH_NOW).proposals]),
        );
        snapshotCover ??= new Map(
          covers.map(({ need: n, date }) => [
            `${n.needId} ${date}`,
            rankFromSnapshot(result.snapshot, n.needId, CONSTRAINTS, BENCH_NOW, { date }).proposals,
          ]),
        );
        snapshotEveryDate ??= new Map(
          needs.map((n) => [
            n.needId,
            rankFromSnapshot(result.snapshot, n.needId, CONSTRAINTS, BENCH_NOW, { minSharePercent: 100 }).proposals
              .length,
          ]),
        );
        nextBaseline++;
        console.log(
          `  ${size}: baseline call ${nextBaseline}/${baselineTotal} ${(ms / 1000).toFixed(1)} s ` +
            `(${reads.itemsRead.toLocaleString('en')} items scanned)`,
        );
      }
    };
    for (let k = 0; k < engineOrder.length; k++) {
      await runBaselinesDueAt(k);
      const need = engineOrder[k] as BenchNeed;
      const { result, reads, ms } = await meter.measure(() =>
        service.candidates(MANAGER, need.needId, BENCH_VIA, BENCH_NOW),
      );
      engineCalls.push({ needId: need.needId, ms, reads, list: { proposals: result.proposals, cost: result.cost } });
      if (k < needs.length) {
        // Why the index candidates were not proposed: over the first round (one call per need).
        indexCandidates += result.cost.candidatesRead;
        for (const excluded of result.excluded)
          for (const violation of excluded.violations)
            exclusions[violation.code] = (exclusions[violation.code] ?? 0) + 1;
      }
      if ((k + 1) % needs.length === 0) {
        console.log(
          `  ${size}: engine round ${(k + 1) / needs.length}/${reps} ` +
            `(${((performance.now() - measureStarted) / 1000).toFixed(0)} s)`,
        );
      }
    }
    await runBaselinesDueAt(Number.POSITIVE_INFINITY);
    // Cover queries: `reps` rounds over the cover queries (rotated), after the series calls.
    type CoverCall = EngineCall & { date: string };
    const coverCalls: CoverCall[] = [];
    for (let round_ = 0; round_ < reps; round_++) {
      for (let i = 0; i < covers.length; i++) {
        const { need, date } = covers[(i + round_) % covers.length] as (typeof covers)[number];
        const { result, reads, ms } = await meter.measure(() =>
          service.candidates(MANAGER, need.needId, BENCH_VIA, BENCH_NOW, { date }),
        );
        coverCalls.push({
          needId: need.needId,
          date,
          ms,
          reads,
          list: { proposals: result.proposals, cost: result.cost },
        });
      }
    }
    console.log(`  ${size}: ${coverCalls.length} cover calls (${covers.length} queries)`);
    const measureSeconds = (performance.now() - measureStarted) / 1000;

    // 4. Same proposals? Every timed baseline call against every engine call of its need, and
    //    every need as judged on one full Scan against every engine call of that need.
    const mismatches: string[] = [];
    for (const engineCall of engineCalls) {
      for (const call of baselineCalls.filter((b) => b.needId === engineCall.needId)) {
        const difference = sameProposals(engineCall.list.proposals, call.proposals);
        if (difference) mismatches.push(`${call.needId} (timed baseline): ${difference}`);
      }
      const fromSnapshot = snapshotProposals?.get(engineCall.needId);
      const difference = fromSnapshot ? sameProposals(engineCall.list.proposals, fromSnapshot) : 'no snapshot';
      if (difference) mismatches.push(`${engineCall.needId} (scan snapshot): ${difference}`);
    }
    const coverMismatches: string[] = [];
    for (const call of coverCalls) {
      const fromSnapshot = snapshotCover?.get(`${call.needId} ${call.date}`);
      const difference = fromSnapshot ? sameProposals(call.list.proposals, fromSnapshot) : 'no snapshot';
      if (difference) coverMismatches.push(`cover ${call.needId} ${call.date} (scan snapshot): ${difference}`);
    }
    mismatches.push(...coverMismatches);

    const figures = (calls: { ms: number; reads: ReadTotals }[]): Figures => ({
      p50_ms: round(median(calls.map((c) => c.ms)), 2),
      p95_ms: round(
        percentile(
          calls.map((c) => c.ms),
          95,
        ),
        2,
      ),
      items_read: median(calls.map((c) => c.reads.itemsRead)),
      capacity_units: round(median(calls.map((c) => c.reads.capacityUnits)), 1),
    });
    const awsUnits = (reads: ReadTotals) =>
      reads.capacityUnits + 0.5 * (reads.batchKeysRequested - reads.batchItemsRead);
    const engine = figures(engineCalls);
    const baseline = figures(baselineCalls);
    const perNeed: NeedRow[] = needs.map((need) => {
      const ours = engineCalls.filter((c) => c.needId === need.needId);
      const theirs = baselineCalls.filter((c) => c.needId === need.needId);
      const firstCall = ours[0] as EngineCall;
      return {
        needId: need.needId,
        title: need.title,
        quarterId: need.quarterId,
        weekday: weekdayOfNeed(need),
        involvesMinors: need.involvesMinors,
        eligible: firstCall.list.proposals.length,
        engine: {
          p50_ms: round(median(ours.map((c) => c.ms)), 2),
          items_read: median(ours.map((c) => c.reads.itemsRead)),
          capacity_units: round(median(ours.map((c) => c.reads.capacityUnits)), 1),
          candidates_read: firstCall.list.cost.candidatesRead,
          batch_keys_requested: firstCall.reads.batchKeysRequested,
        },
        baseline_p50_ms: theirs.length > 0 ? round(median(theirs.map((c) => c.ms)), 2) : null,
        same_proposals: !mismatches.some((m) => m.startsWith(need.needId)),
      };
    });
    const withEligible = perNeed.filter((row) => row.eligible > 0);
    const weeklyIds = new Set(needs.filter((need) => need.schedule.kind === 'weekly').map((need) => need.needId));
    const shareRule = (ids: (id: string) => boolean) =>
      median(
        [...(snapshotProposals ?? new Map<string, Proposal[]>())].filter(([id]) => ids(id)).map(([, p]) => p.length),
      );
    const everyDate = (ids: (id: string) => boolean) =>
      median([...(snapshotEveryDate ?? new Map<string, number>())].filter(([id]) => ids(id)).map(([, n]) => n));
    const cover = figures(coverCalls);
    const engineAws = round(median(engineCalls.map((c) => awsUnits(c.reads))), 1);
    const run: SizeRun = {
      volunteers: size,
      eligible: median(engineCalls.map((c) => c.list.proposals.length)),
      engine: {
        ...engine,
        calls: engineCalls.length,
        requests: median(engineCalls.map((c) => c.reads.requests)),
        candidates_read: median(engineCalls.map((c) => c.list.cost.candidatesRead)),
        batch_keys_requested: median(engineCalls.map((c) => c.reads.batchKeysRequested)),
        capacity_units_aws_estimate: engineAws,
        reported_cost: {
          items_read: median(engineCalls.map((c) => c.list.cost.itemsRead)),
          capacity_units: round(median(engineCalls.map((c) => c.list.cost.capacityUnits)), 1),
        },
      },
      baseline: {
        ...baseline,
        calls: baselineCalls.length,
        needs_timed: new Set(baselineCalls.map((c) => c.needId)).size,
        requests: median(baselineCalls.map((c) => c.reads.requests)),
      },
      same_proposals: mismatches.length === 0 && baselineCalls.length > 0,
      cover: {
        ...cover,
        calls: coverCalls.length,
        queries: covers.map(({ need, date }) => {
          const call = coverCalls.find((c) => c.needId === need.needId && c.date === date) as CoverCall;
          return {
            needId: need.needId,
            title: need.title,
            date,
            eligible: call.list.proposals.length,
            candidates_read: call.list.cost.candidatesRead,
          };
        }),
        eligible: median(coverCalls.map((c) => c.list.proposals.length)),
        candidates_read: median(coverCalls.map((c) => c.list.cost.candidatesRead)),
        same_proposals: coverMismatches.length === 0 && snapshotCover !== undefined,
      },
      eligible_per_need: {
        share_rule: shareRule(() => true),
        every_date: everyDate(() => true),
        weekly_share_rule: shareRule((id) => weeklyIds.has(id)),
        weekly_every_date: everyDate((id) => weeklyIds.has(id)),
      },
      ratios: {
        p50_ms: round(engine.p50_ms / baseline.p50_ms, 4),
        p95_ms: round(engine.p95_ms / baseline.p95_ms, 4),
        items_read: round(engine.items_read / baseline.items_read, 4),
        capacity_units: round(engine.capacity_units / baseline.capacity_units, 4),
        capacity_units_aws_estimate: round(engineAws / baseline.capacity_units, 4),
      },
      read_amplification: {
        engine: round(median(withEligible.map((row) => row.engine.items_read / row.eligible)), 2),
        baseline: round(median(withEligible.map((row) => baseline.items_read / row.eligible)), 2),
        needs_without_eligible: perNeed.length - withEligible.length,
      },
      exclusions: { index_candidates: indexCandidates, by_constraint: exclusions },
      seeding: {
        items: counts.items,
        candidate_items: counts.candidateItems,
        ledgers: counts.ledgers,
        safeguarding_checks: counts.checks,
        seconds: round(seedSeconds, 1),
        ...(described.Table?.TableSizeBytes !== undefined && { table_bytes: described.Table.TableSizeBytes }),
      },
      measure_seconds: round(measureSeconds, 1),
      wiring_check: wiring,
      per_need: perNeed,
      mismatches: mismatches.slice(0, 20),
    };
    console.log(
      `  ${size}: measured ${engineCalls.length} engine and ${baselineCalls.length} baseline calls in ${measureSeconds.toFixed(1)} s`,
    );
    return run;
  } finally {
    seedDb.destroy();
    db.destroy();
    admin.destroy();
  }
}

const pad = (text: string | number, width: number) => String(text).padStart(width);
const fmt = (value: number, digits = 1) =>
  Number.isFinite(value) ? value.toLocaleString('en', { maximumFractionDigits: digits }) : '–';

interface BenchResult {
  generatedAt: string;
  method: Record<string, unknown>;
  runs: SizeRun[];
}

function markdown(result: BenchResult, header: string): string {
  const lines = [
    '# Matching bench: candidate index vs Scan-and-filter',
    '',
    header,
    '',
    'Per matching call. Latency: p50 / p95 over all calls of a size, in ms on DynamoDB Local (compare only the',
    'ratios). Items read and capacity units (RCU): median over calls. Ratios: engine ÷ baseline, same run.',
    'Read amplification: items read ÷ eligible volunteers, median over the needs with at least one eligible',
    'volunteer; the physical limit is 1.',
    '',
    '| volunteers | eligible (median) | engine ms p50 / p95 | baseline ms p50 / p95 | latency ratio p50 / p95 | engine items | baseline items | items ratio | engine RCU | baseline RCU | RCU ratio | read amplification engine / baseline | same proposals |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
  ];
  for (const run of result.runs) {
    lines.push(
      `| ${run.volunteers.toLocaleString('en')} | ${fmt(run.eligible)} | ${fmt(run.engine.p50_ms)} / ${fmt(run.engine.p95_ms)} | ` +
        `${fmt(run.baseline.p50_ms)} / ${fmt(run.baseline.p95_ms)} | ${fmt(run.ratios.p50_ms, 3)} / ${fmt(run.ratios.p95_ms, 3)} | ` +
        `${fmt(run.engine.items_read)} | ${fmt(run.baseline.items_read)} | ${fmt(run.ratios.items_read, 3)} | ` +
        `${fmt(run.engine.capacity_units)} | ${fmt(run.baseline.capacity_units)} | ${fmt(run.ratios.capacity_units, 3)} | ` +
        `${fmt(run.read_amplification.engine)} / ${fmt(run.read_amplification.baseline)} | ${run.same_proposals ? 'yes' : '**no**'} |`,
    );
  }
  lines.push(
    '',
    'What the engine read, and how the figures were obtained:',
    '',
    '| volunteers | index candidates (median) | BatchGet keys (median) | requests per call engine / baseline | engine RCU if missing BatchGet keys are charged (AWS) | ratio | cost reported by MatchService, items / RCU | engine calls | baseline calls (needs timed) | items seeded (of them candidate index items) | seeding s |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const run of result.runs) {
    lines.push(
      `| ${run.volunteers.toLocaleString('en')} | ${fmt(run.engine.candidates_read)} | ${fmt(run.engine.batch_keys_requested)} | ` +
        `${fmt(run.engine.requests)} / ${fmt(run.baseline.requests)} | ${fmt(run.engine.capacity_units_aws_estimate)} | ` +
        `${fmt(run.ratios.capacity_units_aws_estimate, 3)} | ${fmt(run.engine.reported_cost.items_read)} / ${fmt(run.engine.reported_cost.capacity_units)} | ` +
        `${run.engine.calls} | ${run.baseline.calls} (${run.baseline.needs_timed}) | ${run.seeding.items.toLocaleString('en')} (${run.seeding.candidate_items.toLocaleString('en')}) | ${fmt(run.seeding.seconds)} |`,
    );
  }
  lines.push(
    '',
    'Cover queries (one date of a weekly need alone: five needs at their third remaining date) and the share rule. Cover',
    "latency, items and RCU as above (median per call); the baseline's answer to a cover query is the same full Scan.",
    'Eligible per need: median over needs of the volunteers passing every hard constraint, judged on the Scan, under',
    'the share rule (weekly needs: 75 % of the remaining dates, the default) and the old rule (every date, 100 %).',
    '',
    '| volunteers | cover calls | cover ms p50 / p95 | cover items | cover RCU | cover index candidates | cover eligible | cover same proposals | eligible per need, share rule / every date | weekly needs only |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: | ---: | ---: |',
  );
  for (const run of result.runs) {
    const e = run.eligible_per_need;
    lines.push(
      `| ${run.volunteers.toLocaleString('en')} | ${run.cover.calls} | ${fmt(run.cover.p50_ms)} / ${fmt(run.cover.p95_ms)} | ` +
        `${fmt(run.cover.items_read)} | ${fmt(run.cover.capacity_units)} | ${fmt(run.cover.candidates_read)} | ${fmt(run.cover.eligible)} | ` +
        `${run.cover.same_proposals ? 'yes' : '**no**'} | ${fmt(e.share_rule)} / ${fmt(e.every_date)} | ` +
        `${fmt(e.weekly_share_rule)} / ${fmt(e.weekly_every_date)} |`,
    );
  }
  const largest = result.runs.at(-1);
  if (largest) {
    const reasons = Object.entries(largest.exclusions.by_constraint)
      .sort((a, b) => b[1] - a[1])
      .map(([code, count]) => `${code} ${fmt((100 * count) / largest.exclusions.index_candidates, 0)} %`)
      .join(', ');
    lines.push(
      '',
      `Why index candidates were not proposed at ${largest.volunteers.toLocaleString('en')} volunteers (share of the ` +
        `${largest.exclusions.index_candidates.toLocaleString('en')} candidates read over one call per need failing each ` +
        `constraint; one candidate can fail several): ${reasons}.`,
      '',
      `Per need at ${largest.volunteers.toLocaleString('en')} volunteers (engine medians):`,
      '',
      '| need | quarter | weekday | minors | eligible | index items | BatchGet keys | items read | RCU | amplification | engine ms | baseline ms | same |',
      '| --- | --- | --- | :---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
    );
    for (const row of largest.per_need) {
      lines.push(
        `| ${row.title} | ${row.quarterId} | ${row.weekday} | ${row.involvesMinors ? 'yes' : ''} | ${row.eligible} | ` +
          `${row.engine.candidates_read} | ${row.engine.batch_keys_requested} | ${row.engine.items_read} | ${fmt(row.engine.capacity_units)} | ` +
          `${row.eligible > 0 ? fmt(row.engine.items_read / row.eligible) : '–'} | ${fmt(row.engine.p50_ms)} | ` +
          `${row.baseline_p50_ms === null ? '' : fmt(row.baseline_p50_ms)} | ${row.same_proposals ? 'yes' : '**no**'} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function runMatchingBench(argv: string[] = []): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1000,10000,50000' },
      reps: { type: 'string' },
      'baseline-calls': { type: 'string' },
      'scan-page-limit': { type: 'string', default: '1000' },
      concurrency: { type: 'string', default: '8' },
      'no-write': { type: 'boolean', default: false },
    },
    strict: false,
  });
  const sizes = String(values.sizes)
    .split(',')
    .map((s) => Number(s.trim()));
  const options: Options = {
    reps: values.reps === undefined ? undefined : Number(values.reps),
    baselineCalls: values['baseline-calls'] === undefined ? undefined : Number(values['baseline-calls']),
    scanPageLimit: Number(values['scan-page-limit']),
    concurrency: Number(values.concurrency),
  };
  if (sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error('--sizes: positive integers, comma-separated');
  if (options.reps !== undefined && !(Number.isInteger(options.reps) && options.reps >= 1))
    throw new Error('--reps must be an integer ≥ 1');
  if (options.baselineCalls !== undefined && !(Number.isInteger(options.baselineCalls) && options.baselineCalls >= 1))
    throw new Error('--baseline-calls must be an integer ≥ 1');
  if (!Number.isInteger(options.scanPageLimit) || options.scanPageLimit < 0)
    throw new Error('--scan-page-limit must be an integer ≥ 0 (0: 1 MB pages)');
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 24) {
    throw new Error(
      `bench must run on the pinned Node 24 (got ${process.version} at ${process.execPath}); use npm run bench`,
    );
  }
  assertCatalogue();

  const started = performance.now();
  const loadStart = loadavg()[0] as number;
  // A bench killed with SIGKILL left its Java behind: its pidfile names it, and it goes now.
  for (const reaped of await reapStaleProcesses(PID_DIR))
    console.log(`Stopped ${reaped.kind} pid ${reaped.pid} left over by a killed bench`);
  const registry = new ProcessRegistry(PID_DIR);
  // On exit and on an uncaught error: SIGTERM to Java, synchronously.
  registry.installExitHooks();
  let engine: EngineHandle | undefined;
  // On Ctrl-C / SIGTERM / SIGHUP: stop Java and wait for it (SIGKILL after 5 s), then end.
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping DynamoDB Local${engine ? ` (pid ${engine.pid})` : ''}`);
    void (engine?.stop() ?? Promise.resolve()).finally(() => {
      registry.dispose();
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15));
    });
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.once(signal, onSignal);
  const runs: SizeRun[] = [];
  const engineStartSeconds: number[] = [];
  try {
    // A fresh engine per size: DynamoDB Local keeps a deleted table's stream records, and every
    // later write got slower with them (seeding 50,000 after 11,000 had not reached 10 % in 4 minutes).
    for (const [index, size] of sizes.entries()) {
      const engineStarted = performance.now();
      engine = await startDynamoDbLocal({ port: await freePort(), registry });
      engineStartSeconds.push(round((performance.now() - engineStarted) / 1000, 1));
      console.log(
        `${size}: DynamoDB Local (in memory) pid ${engine.pid} on ${engine.endpoint}, up in ${engineStartSeconds.at(-1)} s`,
      );
      runs.push(await benchSize(engine.endpoint, size, options, index === 0));
      await engine.stop();
      engine = undefined;
    }
  } finally {
    await engine?.stop();
    registry.dispose();
    for (const signal of signals) process.off(signal, onSignal);
  }
  const loadEnd = loadavg()[0] as number;
  const totalSeconds = (performance.now() - started) / 1000;

  const result: BenchResult & Record<string, unknown> = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model.trim() ?? 'unknown',
      load_avg_1m: { start: round(loadStart, 2), end: round(loadEnd, 2) },
    },
    method: {
      engine:
        'MatchService.candidates (shared/matches/match-service.ts) wired as createServices does (checked on the first ' +
        'size: same proposals and cost for every need), caller a manager of every quarter; items and capacity counted at the document client for ' +
        'every read of the call (need, staff assignment, candidate index pages, ledger and safeguarding BatchGets, the ' +
        "need's partition), ReturnConsumedCapacity TOTAL",
      baseline:
        'Scan of the whole table per call (sequential, eventually consistent, FilterExpression on type so only profiles, ' +
        `ledgers, safeguarding checks and needs travel back, ${options.scanPageLimit > 0 ? `Limit ${options.scanPageLimit} items per page` : '1 MB pages'}; ` +
        'items read = ScannedCount), everyone ranked with the same rankCandidates',
      database:
        "DynamoDB Local (in memory), a fresh engine per size with two tables: the engine's (with the candidate index, " +
        "seeded as the stream projector writes it) and the baseline's (the same data without the index)",
      now: BENCH_NOW.toISOString(),
      needs: 24,
      engine_calls_per_need: Object.fromEntries(runs.map((run) => [run.volunteers, run.engine.calls / 24])),
      baseline_calls:
        options.baselineCalls === undefined
          ? 'per size min(72, max(3, round(72 × 1000 / volunteers))), over needs spread across the set, interleaved with the engine calls'
          : `${options.baselineCalls} per size`,
      latency: 'wall ms per call in this process; p50/p95 over all calls of a size',
      per_call_figures: 'items_read, capacity_units: median over calls',
      same_proposals:
        'volunteer id order, score, explanation and absences of every proposal: every timed baseline call against every engine ' +
        'call of its need, and all 24 needs (and the cover queries) ranked on the first timed Scan against every engine call',
      cover:
        `MatchService.candidates with { date }: every ${COVER_QUERIES.everyNthWeeklyNeed}th weekly need at its remaining date ` +
        `#${COVER_QUERIES.remainingDate}, reps rounds after the series calls`,
      eligible_per_need:
        "median over needs of the proposals on the first timed Scan's data: each need's share (75 %, the default) and minSharePercent 100",
      engine_start_seconds: engineStartSeconds,
      total_seconds: round(totalSeconds, 1),
    },
    runs,
  };

  const header =
    `${result.generatedAt.slice(0, 10)}, \`npm run bench -- --only matching\`, Node ${process.version}, ` +
    `${cpus().length}× ${cpus()[0]?.model.trim() ?? 'unknown'}, load avg ${round(loadStart, 2)} → ${round(loadEnd, 2)}; ` +
    `DynamoDB Local in memory; calls engine / baseline ` +
    `${runs.map((run) => `${run.engine.calls} / ${run.baseline.calls} at ${run.volunteers.toLocaleString('en')}`).join(', ')}; ` +
    `whole run ${Math.round(totalSeconds)} s.`;
  if (!values['no-write']) {
    mkdirSync(dirname(RESULTS_JSON), { recursive: true });
    writeFileSync(RESULTS_JSON, `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(RESULTS_MD, markdown(result, header));
  }

  console.log(`\nMatching (${header})`);
  console.log(
    `${pad('volunteers', 10)}${pad('eligible', 9)}${pad('eng p50', 9)}${pad('p95', 8)}${pad('base p50', 10)}${pad('p95', 9)}` +
      `${pad('×p50', 7)}${pad('eng items', 10)}${pad('base items', 11)}${pad('×items', 8)}${pad('eng RCU', 9)}${pad('base RCU', 10)}` +
      `${pad('×RCU', 7)}${pad('ampl.', 7)}  same`,
  );
  for (const run of runs) {
    console.log(
      `${pad(run.volunteers, 10)}${pad(run.eligible, 9)}${pad(fmt(run.engine.p50_ms), 9)}${pad(fmt(run.engine.p95_ms), 8)}` +
        `${pad(fmt(run.baseline.p50_ms), 10)}${pad(fmt(run.baseline.p95_ms), 9)}${pad(fmt(run.ratios.p50_ms, 3), 7)}` +
        `${pad(fmt(run.engine.items_read), 10)}${pad(fmt(run.baseline.items_read), 11)}${pad(fmt(run.ratios.items_read, 3), 8)}` +
        `${pad(fmt(run.engine.capacity_units), 9)}${pad(fmt(run.baseline.capacity_units), 10)}${pad(fmt(run.ratios.capacity_units, 3), 7)}` +
        `${pad(fmt(run.read_amplification.engine), 7)}  ${run.same_proposals ? 'yes' : 'NO'}${run.wiring_check === false ? ' (wiring check FAILED)' : ''}`,
    );
    const e = run.eligible_per_need;
    console.log(
      `${pad('', 10)}cover: ${run.cover.calls} calls, p50 ${fmt(run.cover.p50_ms)} ms, ${fmt(run.cover.items_read)} items, ` +
        `${fmt(run.cover.capacity_units)} RCU, ${fmt(run.cover.eligible)} eligible, same ${run.cover.same_proposals ? 'yes' : 'NO'}; ` +
        `eligible per need share rule / every date ${fmt(e.share_rule)} / ${fmt(e.every_date)} (weekly ${fmt(e.weekly_share_rule)} / ${fmt(e.weekly_every_date)})`,
    );
    for (const mismatch of run.mismatches.slice(0, 5)) console.log(`    mismatch ${mismatch}`);
  }
  if (Math.max(loadStart, loadEnd) > cpus().length / 2) {
    console.log('NOTE: the machine was busy: latencies are inflated and noisy; items and capacity units are not.');
  }
  if (!values['no-write']) console.log(`\nWrote ${RESULTS_JSON} and ${RESULTS_MD}`);
}
