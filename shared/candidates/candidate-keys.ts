import { TABLE } from '../db/table.ts';
import { safeguardingValidOn } from '../matching/availability.ts';
import type { ConstraintContext } from '../matching/constraints.ts';
import { datesRequired, leastBusiestMonthMinutes } from '../matching/least-hours.ts';
import { type Occurrence, scheduleWeekday } from '../matching/occurrences.ts';
import type { MatchingNeed, SafeguardingFacts } from '../matching/types.ts';
import { minutesOfDay, type Weekday } from '../time/calendar.ts';
import { ALL_QUARTERS, matchingProfile, membershipQuarters } from '../volunteers/profile-keys.ts';
import type { VolunteerProfile } from '../volunteers/schemas.ts';

/**
 * The candidate index (see docs/access-patterns.md): one item per quarter (or `*`) × weekday ×
 * time bucket a slot touches × skill (and `*` for needs without a required skill), in the
 * partition of the volunteer's monthly-hour class, in pool `A` (every active volunteer) and, for
 * volunteers whose safeguarding check can count, again in pool `M` (needs with minors; those items
 * carry the check's facts, so matching reads no checks). Pool `A` holds each of these once for
 * every language (`*`) and again for each less widely spoken language the volunteer speaks (all
 * but WIDELY_SPOKEN_LANGUAGES), so a need asking only for such languages reads their speakers. A
 * need reads the partitions of its quarter and of `*` for one required skill, its weekday, the
 * bucket its start lies in, its languages (or `*`) and every hour class that can hold its hours,
 * in the sort-key ranges of slots that can hold its window (bucketSortKeys).
 *
 * The fan-out of one profile is bounded (MAX_CANDIDATE_ITEMS): more than MAX_INDEXED_QUARTERS
 * quarters are indexed as `*` (every quarter), more than MAX_INDEXED_SKILLS skills as
 * MANY_SKILLS (read by every need with a required skill), more than MAX_INDEXED_LANGUAGES
 * indexed languages as MANY_LANGUAGES (read by every need that reads by language), and the slots
 * of one weekday that touch a bucket share one item. Matching judges quarter, skills, languages
 * and times again on the profile, so the coarser keys only cost reads, never a candidate.
 */
export const CANDIDATE_BUCKET_MINUTES = 120;
/** Bump when the item layout changes: the projector rewrites items of another layout. */
export const CANDIDATE_LAYOUT = 4;
/** Stands for "no required skill" in a partition key. */
export const ANY_SKILL = '*';
/** Stands for "more skills than are indexed one by one": read by every need with a required skill. */
export const MANY_SKILLS = '+';
/** Stands for "whatever the volunteer speaks" in a partition key: every pool item has one. */
export const ANY_LANGUAGE = '*';
/** Stands for "more indexed languages than are indexed one by one": read by every need that reads by language. */
export const MANY_LANGUAGES = '+';
/**
 * Languages without partitions of their own: so many volunteers speak them that reading by them
 * would narrow little (and would multiply the items of most profiles). Every other language has.
 */
export const WIDELY_SPOKEN_LANGUAGES: ReadonlySet<string> = new Set(['de', 'en']);
/** A profile speaking more indexed languages than this is indexed under MANY_LANGUAGES instead. */
export const MAX_INDEXED_LANGUAGES = 2;
/** A need listing more languages than this reads the `*` partitions (as many reads would gain nothing). */
export const MAX_QUERIED_LANGUAGES = 3;
/** A profile with more quarters than this is indexed under `*` (every quarter). */
export const MAX_INDEXED_QUARTERS = 3;
/** A profile with more skills than this is indexed under MANY_SKILLS instead of each skill. */
export const MAX_INDEXED_SKILLS = 6;
/**
 * Lower bounds (hours) of the monthly-cap classes: a volunteer's items lie in the class of their
 * `maxHoursPerMonth`, and a need reads only the classes whose caps can hold its hours.
 */
export const HOUR_CLASSES = [1, 8, 12, 20] as const;
export const CANDIDATE_PREFIX = 'CAND#';
const WEEKDAY_BUCKETS = 7 * ((24 * 60) / CANDIDATE_BUCKET_MINUTES);
/** Language keys per quarter × bucket × skill: pool `A` (`*` and the indexed languages) and pool `M` (`*`). */
const LANGUAGE_KEYS = 1 + MAX_INDEXED_LANGUAGES + 1;
/**
 * The most candidate items one profile can have (and so the most one profile change writes):
 * 3 quarters × 7 weekdays × 12 buckets × (6 skills + `*`) × (pool A: `*` + 2 languages; pool M: `*`)
 * = 7,056.
 */
export const MAX_CANDIDATE_ITEMS = MAX_INDEXED_QUARTERS * WEEKDAY_BUCKETS * (MAX_INDEXED_SKILLS + 1) * LANGUAGE_KEYS;

export type CandidatePool = 'A' | 'M';

/**
 * The items a volunteer's candidate items are projected from: a change to one of them (seen on
 * the table's stream) means re-projecting that volunteer. CDK filters the stream on these too.
 */
export const CANDIDATE_SOURCE_SORT_KEYS = ['PROFILE', 'SAFEGUARDING'] as const;

/** The volunteer whose candidate items an item with these keys feeds, if any. */
export function candidateSourceOf(keys: { pk?: string | undefined; sk?: string | undefined }): string | undefined {
  if (!keys.pk?.startsWith('VOLUNTEER#')) return undefined;
  if (!(CANDIDATE_SOURCE_SORT_KEYS as readonly (string | undefined)[]).includes(keys.sk)) return undefined;
  return keys.pk.slice('VOLUNTEER#'.length);
}

export interface CandidatePartition {
  pool: CandidatePool;
  quarter: string;
  weekday: Weekday;
  bucket: number;
  skill: string;
  /** An indexed language, MANY_LANGUAGES, or ANY_LANGUAGE (pool `M` only has ANY_LANGUAGE). */
  language: string;
  /** The lower bound of the hour class (HOUR_CLASSES); 0 in a language's partitions, which hold every class. */
  hours: number;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The GSI1 partition key of a candidate partition. */
export const candidatePartitionKey = (p: CandidatePartition) =>
  `${CANDIDATE_PREFIX}${p.pool}#${p.quarter}#${p.weekday}#${pad2(p.bucket)}#${p.skill}#${p.language}#h${pad2(p.hours)}`;

/** The hour class (its lower bound) of a monthly cap. */
export function hourClassOf(maxHoursPerMonth: number): number {
  return HOUR_CLASSES.filter((lower) => lower <= maxHoursPerMonth).at(-1) ?? HOUR_CLASSES[0];
}

/** The hour classes holding a cap of at least `minutes` a month (every class for 0). */
export function hourClassesFor(minutes: number): number[] {
  return HOUR_CLASSES.filter((_, i) => {
    const next = HOUR_CLASSES[i + 1];
    return next === undefined || (next - 1) * 60 >= minutes;
  });
}

/** The quarter keys a profile is indexed under. */
export function indexedQuarters(quarters: 'all' | string[]): string[] {
  const keys = membershipQuarters(quarters);
  return keys.length > MAX_INDEXED_QUARTERS ? [ALL_QUARTERS] : keys;
}

/** The skill keys a profile is indexed under (besides `*`). */
export function indexedSkills(skills: string[]): string[] {
  return skills.length > MAX_INDEXED_SKILLS ? [MANY_SKILLS] : skills;
}

/** The language keys a profile is indexed under in pool `A` (besides `*`). */
export function indexedLanguages(languages: { code: string }[]): string[] {
  const codes = [...new Set(languages.map((language) => language.code))].filter(
    (code) => !WIDELY_SPOKEN_LANGUAGES.has(code),
  );
  return codes.length > MAX_INDEXED_LANGUAGES ? [MANY_LANGUAGES] : codes;
}

/** Time buckets (of {@link CANDIDATE_BUCKET_MINUTES}) that a slot `[start, end)` touches. */
export function slotBuckets(start: string, end: string): number[] {
  const first = Math.floor(minutesOfDay(start) / CANDIDATE_BUCKET_MINUTES);
  const last = Math.floor((minutesOfDay(end) - 1) / CANDIDATE_BUCKET_MINUTES);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Whether a check could make the volunteer eligible for work with minors on some day from
 * `today` on: no conviction, the certificate fresh at inspection, the inspection not yet too old.
 * Matching still checks it against every date of a need; this only decides the pool.
 */
export function checkMayCount(facts: SafeguardingFacts, today: string, context: ConstraintContext): boolean {
  const day = today < facts.inspectedOn ? facts.inspectedOn : today;
  return safeguardingValidOn(facts, day, context.policy);
}

const bucketStart = (bucket: number) => {
  const minutes = bucket * CANDIDATE_BUCKET_MINUTES;
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
};

/** The step of slot starts inside a bucket that the sort key tells apart. */
export const START_STEP_MINUTES = 60;

/** 0 for a time at a bucket's start, else the step of the bucket (1, 2, …) it lies in. */
const startStep = (minutes: number) => Math.ceil((minutes % CANDIDATE_BUCKET_MINUTES) / START_STEP_MINUTES);

/**
 * The sort key of a weekday's bucket, before the volunteer id: it says which needs starting in
 * that bucket may fit the slots that touch it, as `<step>#<end>`. `<end>` is the latest end of
 * those slots (slots of one weekday never overlap, so a need that fits one ends by then).
 * `<step>` is 0 when a slot holds the bucket's start (it fits every need starting in the bucket
 * that ends by its end), else the step of the bucket (START_STEP_MINUTES) where the earliest slot
 * starts: those slots fit only needs starting in that step or a later one. A need starting at `s`
 * and ending at `e` reads `<k>#<e>` … `<k>#~` for every step `k` up to its own (candidateQuery).
 */
function bucketSortKeys(slots: VolunteerProfile['weeklySlots']): { weekday: Weekday; bucket: number; key: string }[] {
  const buckets = new Map<string, { weekday: Weekday; bucket: number; step: number; end: string }>();
  for (const slot of slots)
    for (const bucket of slotBuckets(slot.start, slot.end)) {
      const id = `${slot.weekday}#${bucket}`;
      const step = slot.start <= bucketStart(bucket) ? 0 : startStep(minutesOfDay(slot.start));
      const entry = buckets.get(id) ?? { weekday: slot.weekday, bucket, step, end: slot.end };
      buckets.set(id, entry);
      entry.step = Math.min(entry.step, step);
      if (slot.end > entry.end) entry.end = slot.end;
    }
  return [...buckets.values()].map(({ weekday, bucket, step, end }) => ({ weekday, bucket, key: `${step}#${end}` }));
}

type Item = Record<string, unknown>;

/** A check's facts as the projector has them: `expiresAt` (epoch seconds) when stored with a TTL. */
export type IndexedCheck = SafeguardingFacts & { expiresAt?: number | undefined };

/**
 * The candidate index items of a profile: none for a paused profile or one without the current
 * consent (matching would exclude them anyway, so the index stays sparse). At most
 * MAX_CANDIDATE_ITEMS. Pure: the projector writes exactly these, and the bench seeds them.
 *
 * @param facts the live safeguarding facts, if any (pool `M` items carry them)
 * @param today the Berlin date the pool decision is made on
 */
export function candidateItems(
  profile: VolunteerProfile,
  facts: IndexedCheck | undefined,
  context: ConstraintContext,
  today: string,
): Item[] {
  if (profile.paused || profile.consent.version !== context.consentVersion) return [];
  const check =
    facts && checkMayCount(facts, today, context)
      ? {
          inspectedOn: facts.inspectedOn,
          issuedOn: facts.issuedOn,
          relevantConviction: facts.relevantConviction,
          ...(facts.expiresAt !== undefined && { expiresAt: facts.expiresAt }),
        }
      : undefined;
  const pools: CandidatePool[] = check ? ['A', 'M'] : ['A'];
  const languages = { A: [ANY_LANGUAGE, ...indexedLanguages(profile.languages)], M: [ANY_LANGUAGE] };
  const skills = [ANY_SKILL, ...indexedSkills(profile.skills)];
  const hours = hourClassOf(profile.maxHoursPerMonth);
  const projection = matchingProfile(profile);
  const pk = `VOLUNTEER#${profile.volunteerId}`;
  const buckets = bucketSortKeys(profile.weeklySlots);
  const items: Item[] = [];
  for (const pool of pools)
    for (const quarter of indexedQuarters(profile.quarters))
      for (const { weekday, bucket, key } of buckets)
        for (const skill of skills)
          for (const language of languages[pool]) {
            // A language's partitions are small: split by hour class, they would only cost a need more requests.
            const partition = candidatePartitionKey({
              pool,
              quarter,
              weekday,
              bucket,
              skill,
              language,
              hours: language === ANY_LANGUAGE ? hours : 0,
            });
            items.push({
              [TABLE.partitionKey]: pk,
              [TABLE.sortKey]: partition,
              GSI1PK: partition,
              GSI1SK: `${key}#${profile.volunteerId}`,
              type: 'Candidate',
              layout: CANDIDATE_LAYOUT,
              // What the item was made from: the projector rewrites an item whose source changed.
              source: sourceTag(profile.version, pool === 'M' ? check : undefined),
              profile: projection,
              ...(pool === 'M' && { check }),
            });
          }
  return items;
}

function sourceTag(version: number, check: IndexedCheck | undefined): string {
  if (!check) return String(version);
  return [version, check.inspectedOn, check.issuedOn, check.relevantConviction, check.expiresAt ?? ''].join('#');
}

/** What to read for a need: one group of partitions per way to narrow it, and the sort-key ranges. */
export interface CandidateQuery {
  /**
   * One entry per required skill (or one `*` entry when there is none): the partitions (the
   * need's quarter and `*`, the skill and MANY_SKILLS, the need's languages and MANY_LANGUAGES or
   * `*`, every hour class that can hold the need) that hold every volunteer who may have that
   * skill. Each entry alone already holds every eligible volunteer, so reading the smallest suffices.
   */
  groups: { skill: string; partitionKeys: string[] }[];
  /** Inclusive bounds of GSI1SK (see bucketSortKeys), each read in every partition: slots that may hold the need's window. */
  ranges: { from: string; to: string }[];
}

/** The pool a need is read in: volunteers with a valid check (`M`) for needs with minors, unless asked for everyone. */
const poolFor = (need: Pick<MatchingNeed, 'involvesMinors'>, options: { withoutCheck?: boolean }): CandidatePool =>
  need.involvesMinors && !options.withoutCheck ? 'M' : 'A';

/** The language keys a need reads in `pool`: its own languages when all are indexed, else `*`. */
function queriedLanguages(need: Pick<MatchingNeed, 'languages'>, pool: CandidatePool): string[] {
  const codes = [...new Set(need.languages)].sort();
  const byLanguage =
    pool === 'A' &&
    codes.length > 0 &&
    codes.length <= MAX_QUERIED_LANGUAGES &&
    codes.every((code) => !WIDELY_SPOKEN_LANGUAGES.has(code));
  return byLanguage ? [...codes, MANY_LANGUAGES] : [ANY_LANGUAGE];
}

/**
 * The partitions and ranges that hold every volunteer who can be eligible for `need` judged on
 * `occurrences` (its remaining dates, or one cover date). Every date of a need shares its weekday
 * and time window, and a volunteer can come on a date only with a slot of that weekday holding
 * that window: so whoever can come to any share of the dates, or to one cover date, is in these
 * partitions. A need asking only for less widely spoken languages (pool `A`) reads the partitions
 * of those languages: whoever speaks none of them cannot be eligible. Hour classes whose caps are
 * below what the required share of dates asks in its busiest month are left out (they fail the
 * hour cap on the need alone). The share of dates and a single cover date are judged after the
 * read (date range and blackouts are not in the key). With `withoutCheck`, a need with minors is
 * read in pool `A` too, so that those who lack only a valid safeguarding check are found (a
 * manager can ask them for one).
 */
export function candidateQuery(
  need: MatchingNeed,
  occurrences: Occurrence[],
  options: { withoutCheck?: boolean } = {},
): CandidateQuery {
  const { schedule } = need;
  const pool = poolFor(need, options);
  const weekday = scheduleWeekday(schedule);
  const start = minutesOfDay(schedule.start);
  const bucket = Math.floor(start / CANDIDATE_BUCKET_MINUTES);
  const skills = need.requiredSkills.length > 0 ? [...new Set(need.requiredSkills)].sort() : [ANY_SKILL];
  const languages = queriedLanguages(need, pool);
  const classes = hourClassesFor(leastBusiestMonthMinutes(occurrences, datesRequired(need, occurrences)));
  // Slots starting in a later step of the bucket than the need cannot hold it. '~' sorts after
  // every character of a volunteer id.
  const ranges = Array.from({ length: startStep(start) + 1 }, (_, step) => ({
    from: `${step}#${schedule.end}`,
    to: `${step}#~`,
  }));
  return {
    groups: skills.map((skill) => ({
      skill,
      partitionKeys: [need.quarterId, ALL_QUARTERS].flatMap((quarter) =>
        (skill === ANY_SKILL ? [ANY_SKILL] : [skill, MANY_SKILLS]).flatMap((key) =>
          languages.flatMap((language) =>
            (language === ANY_LANGUAGE ? classes : [0]).map((hours) =>
              candidatePartitionKey({ pool, quarter, weekday, bucket, skill: key, language, hours }),
            ),
          ),
        ),
      ),
    })),
    ranges,
  };
}

/**
 * Who a candidate read for `need` can find at all, beyond quarter, skills, weekday and time: only
 * volunteers with a valid safeguarding check (`check`), only speakers of the need's languages
 * (`languages`), or no one else left out (`time`). The need's page says so above its list of
 * those not proposed, since whoever the read leaves out is not on it.
 */
export function candidateScope(
  need: Pick<MatchingNeed, 'involvesMinors' | 'languages'>,
  options: { withoutCheck?: boolean } = {},
): 'check' | 'languages' | 'time' {
  const pool = poolFor(need, options);
  if (pool === 'M') return 'check';
  return queriedLanguages(need, pool)[0] === ANY_LANGUAGE ? 'time' : 'languages';
}
