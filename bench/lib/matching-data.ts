/**
 * Deterministic data for the matching bench: volunteers over the seeded quarters, skills and
 * languages with the distributions below (bench/README.md states them), their ledgers and
 * safeguarding checks, and the fixed set of needs every size is matched against.
 *
 * Volunteer i is generated from its own PRNG stream, so the 1,000 volunteers of the small set are
 * the first 1,000 of the 10,000 and of the 50,000.
 */
import type { LANGUAGE_LEVELS } from '../../shared/catalog/languages.ts';
import { QUARTERS, SKILLS, VENUES } from '../../shared/catalog/seed-data.ts';
import { emptyLedger, type Ledger, withCommitment } from '../../shared/matches/ledger.ts';
import type { Schedule } from '../../shared/matching/occurrences.ts';
import type { Need } from '../../shared/needs/schemas.ts';
import { deletionDate } from '../../shared/safeguarding/safeguarding-service.ts';
import type { SafeguardingCheck } from '../../shared/safeguarding/schemas.ts';
import { addDays, berlinDate, WEEKDAYS, type Weekday, weekdayOf } from '../../shared/time/calendar.ts';
import { CONSENT } from '../../shared/volunteers/consent.ts';
import type { SpokenLanguage, VolunteerProfile, WeeklySlot } from '../../shared/volunteers/schemas.ts';
import { Prng } from './prng.ts';

/** The matching "now" of every call: fixed, never the wall clock. A Tuesday. */
export const BENCH_NOW = new Date('2026-11-24T10:00:00Z');
export const BENCH_TODAY = berlinDate(BENCH_NOW);
const SEED = 20261124;
/** As createServices passes it to MatchService and SafeguardingService. */
export const SAFEGUARDING_RETENTION_MONTHS = 3;

type Table<T> = readonly (readonly [T, number])[];
type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** Relative weight of each quarter (rough size of its volunteer pool; not official figures). */
export const QUARTER_WEIGHTS: Table<string> = [
  ['nordstadt', 22],
  ['wichlinghausen-oberbarmen', 20],
  ['ostersbaum', 15],
  ['hoehe', 12],
  ['heckinghausen', 12],
  ['uellendahl-west', 10],
  ['uellendahl-ost', 9],
];
/** Share of volunteers willing to help in every quarter (`quarters: 'all'`). */
export const ALL_QUARTERS_SHARE = 0.15;
/** How many quarters the others name. */
export const QUARTER_COUNT: Table<number> = [
  [1, 65],
  [2, 27],
  [3, 8],
];

/** Skill popularity (a long tail: many offer homework help, few bicycle repair). */
export const SKILL_WEIGHTS: Table<string> = [
  ['homework-help', 10],
  ['german-lessons', 9],
  ['childcare', 8],
  ['play-activities', 7],
  ['cafe-service', 7],
  ['cooking', 6],
  ['clothing-store', 6],
  ['authority-visits', 5],
  ['doctor-visits', 5],
  ['reading-mentor', 5],
  ['sports', 5],
  ['arts-crafts', 5],
  ['interpreting', 4],
  ['computer-help', 4],
  ['job-applications', 4],
  ['maths-tutoring', 4],
  ['gardening', 3],
  ['music', 3],
  ['driving', 3],
  ['moving-help', 3],
  ['diy-repairs', 3],
  ['womens-cafe', 2],
  ['housing-search', 2],
  ['first-aid', 2],
  ['bike-repair', 1.5],
];
export const SKILL_COUNT: Table<number> = [
  [0, 5],
  [1, 20],
  [2, 30],
  [3, 25],
  [4, 12],
  [5, 5],
  [6, 3],
];

/** Share speaking German; 80 % of them natively, the others at B1–C2. */
export const GERMAN_SHARE = 0.9;
/** Probability of each further language, independently (level A2–C1, or native for community languages). */
export const OTHER_LANGUAGES: Table<string> = [
  ['en', 0.45],
  ['ar', 0.12],
  ['fr', 0.1],
  ['tr', 0.06],
  ['es', 0.05],
  ['ru', 0.05],
  ['fa', 0.04],
  ['uk', 0.04],
  ['ku', 0.03],
  ['pl', 0.03],
  ['prs', 0.02],
  ['sq', 0.02],
  ['ro', 0.02],
  ['ps', 0.015],
  ['ckb', 0.015],
  ['ti', 0.01],
  ['so', 0.008],
];
/** Languages a volunteer without German speaks natively (the first they get). */
const COMMUNITY_LANGUAGES: Table<string> = [
  ['ar', 30],
  ['fa', 12],
  ['tr', 12],
  ['uk', 10],
  ['ru', 8],
  ['ku', 8],
  ['prs', 5],
  ['ti', 4],
  ['so', 3],
  ['ps', 3],
  ['ckb', 3],
  ['sq', 2],
];
const NATIVE_CHANCE_OF_COMMUNITY_LANGUAGE = 0.6;

/** Number of weekly slots (on distinct weekdays) and the weekdays' weights. */
export const SLOT_COUNT: Table<number> = [
  [1, 35],
  [2, 35],
  [3, 20],
  [4, 7],
  [5, 3],
];
export const WEEKDAY_WEIGHTS: Table<Weekday> = [
  ['mon', 14],
  ['tue', 15],
  ['wed', 15],
  ['thu', 15],
  ['fri', 13],
  ['sat', 17],
  ['sun', 8],
];
/** Slot windows (start, end), each end and start then moved by −30/0/+30 minutes. */
export const SLOT_WINDOWS: Table<readonly [string, string]> = [
  [['09:00', '12:00'], 20],
  [['10:00', '13:00'], 10],
  [['14:00', '18:00'], 30],
  [['15:00', '19:00'], 15],
  [['17:00', '21:00'], 15],
  [['09:00', '18:00'], 10],
];
/** Monthly hour caps. */
export const HOUR_CAPS: Table<number> = [
  [4, 10],
  [8, 25],
  [10, 15],
  [12, 15],
  [16, 15],
  [20, 10],
  [30, 7],
  [40, 3],
];
export const SHARES = {
  paused: 0.06,
  /** Agreed to an older consent text (matching skips them). */
  outdatedConsent: 0.04,
  /** availableFrom after now (2026-11-25 … 2027-02-28); the rest started 2024-01-01 … now. */
  startsLater: 0.2,
  /** Have an availableUntil (2026-12-15 … 2027-12-31). */
  endDate: 0.15,
  /** Have 1–2 blackouts; 40 % of those around Christmas, the others 1–14 days in Dec–Mar. */
  blackouts: 0.35,
  /** Have a ledger: a completed commitment (60 %) and/or an accepted upcoming one (70 %). */
  ledger: 0.35,
  /**
   * Have a safeguarding check. Facts are deleted 28 days after the inspection unless activity
   * follows, then 3 months after its last date (shared/safeguarding deletionDate), so checks live
   * mostly with volunteers who have a ledger: 60 % of those with a child-related skill, 15 % of
   * the others; without a ledger only recent inspections (Oct–Nov 2026, some past their 28 days):
   * 15 % / 3 %.
   */
  safeguardingActiveChildSkills: 0.6,
  safeguardingActiveOthers: 0.15,
  safeguardingRecentChildSkills: 0.15,
  safeguardingRecentOthers: 0.03,
} as const;
/** Of the checks: valid 85 %, inspected more than five years ago 8 %, certificate too old 5 %, conviction 2 %. */
export const CHECK_KINDS: Table<'valid' | 'stale' | 'old-certificate' | 'conviction'> = [
  ['valid', 85],
  ['stale', 8],
  ['old-certificate', 5],
  ['conviction', 2],
];
const CHILD_SKILLS = new Set(['homework-help', 'childcare', 'play-activities', 'reading-mentor', 'maths-tutoring']);

// biome-ignore format: a list of names
const FIRST_NAMES = [
  'Amina', 'Jonas', 'Fatma', 'Lukas', 'Layla', 'Marie', 'Omar', 'Sophie', 'Yusuf', 'Hannah', 'Daria', 'Felix',
  'Zeynep', 'Paul', 'Nour', 'Lea', 'Ahmad', 'Emma', 'Olena', 'Ben', 'Samira', 'Moritz', 'Aylin', 'Clara', 'Tesfay',
  'Greta', 'Rania', 'Jan', 'Mariam', 'Ida', 'Karim', 'Anna', 'Leyla', 'Tim', 'Hawa', 'Mia', 'Reza', 'Lina', 'Timo',
  'Elif',
];
const LAST_NAMES = ['Schmidt', 'Yilmaz', 'Müller', 'Haddad', 'Becker', 'Kaya', 'Wagner', 'Nowak', 'Hoffmann', 'Sahin'];

const pad = (n: number) => String(n).padStart(2, '0');
const shift = (time: string, minutes: number) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = Math.min(24 * 60, Math.max(0, h * 60 + m + minutes));
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
};
const dateBetween = (prng: Prng, from: string, until: string) => {
  const days = Math.round((Date.parse(until) - Date.parse(from)) / 86_400_000);
  return addDays(from, prng.int(0, days));
};

function languages(prng: Prng): SpokenLanguage[] {
  const result: SpokenLanguage[] = [];
  const has = (code: string) => result.some((language) => language.code === code);
  if (prng.chance(GERMAN_SHARE)) {
    result.push({ code: 'de', level: prng.chance(0.8) ? 'native' : prng.pick(['B1', 'B2', 'C1', 'C2'] as const) });
  } else {
    result.push({ code: prng.weighted(COMMUNITY_LANGUAGES) as SpokenLanguage['code'], level: 'native' });
  }
  const community = new Set(COMMUNITY_LANGUAGES.map(([code]) => code));
  for (const [code, probability] of OTHER_LANGUAGES) {
    if (has(code) || !prng.chance(probability)) continue;
    const level: LanguageLevel =
      community.has(code) && prng.chance(NATIVE_CHANCE_OF_COMMUNITY_LANGUAGE)
        ? 'native'
        : prng.pick(['A2', 'B1', 'B2', 'C1'] as const);
    result.push({ code: code as SpokenLanguage['code'], level });
  }
  return result;
}

function weeklySlots(prng: Prng): WeeklySlot[] {
  const weekdays = prng.weightedDistinct(WEEKDAY_WEIGHTS, prng.weighted(SLOT_COUNT));
  return weekdays
    .sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b))
    .map((weekday) => {
      const [start, end] = prng.weighted(SLOT_WINDOWS);
      return { weekday, start: shift(start, prng.pick([-30, 0, 30])), end: shift(end, prng.pick([-30, 0, 30])) };
    });
}

export interface SeedVolunteer {
  profile: VolunteerProfile;
  ledger?: Ledger | undefined;
  safeguarding?: SafeguardingCheck | undefined;
}

/** Volunteer number `index` (0-based): the same on every run and in every size. */
export function volunteer(index: number): SeedVolunteer {
  const prng = Prng.forItem(SEED, index);
  const volunteerId = prng.uuid();
  const firstName = prng.pick(FIRST_NAMES);
  const quarters: 'all' | string[] = prng.chance(ALL_QUARTERS_SHARE)
    ? 'all'
    : prng.weightedDistinct(QUARTER_WEIGHTS, prng.weighted(QUARTER_COUNT));
  const skills = prng.weightedDistinct(SKILL_WEIGHTS, prng.weighted(SKILL_COUNT));
  const slots = weeklySlots(prng);
  const availableFrom = prng.chance(SHARES.startsLater)
    ? dateBetween(prng, '2026-11-25', '2027-02-28')
    : dateBetween(prng, '2024-01-01', BENCH_TODAY);
  const availableUntil = prng.chance(SHARES.endDate) ? dateBetween(prng, '2026-12-15', '2027-12-31') : undefined;
  const blackouts = prng.chance(SHARES.blackouts)
    ? Array.from({ length: prng.int(1, 2) }, () => {
        const from = prng.chance(0.4)
          ? dateBetween(prng, '2026-12-18', '2026-12-30')
          : dateBetween(prng, '2026-12-01', '2027-03-31');
        return { from, until: addDays(from, prng.int(0, 13)) };
      }).sort((a, b) => a.from.localeCompare(b.from))
    : [];
  const consentVersion = prng.chance(SHARES.outdatedConsent) ? '2025-06-01' : CONSENT.version;
  const createdAt = `${dateBetween(prng, '2024-01-01', '2026-11-20')}T12:00:00.000Z`;
  const profile: VolunteerProfile = {
    volunteerId,
    email: `volunteer-${index}@bench.example.org`,
    firstName,
    lastName: prng.pick(LAST_NAMES),
    ...(prng.chance(0.5) && { phone: `+49 202 ${prng.int(100000, 9999999)}` }),
    languages: languages(prng),
    skills,
    quarters,
    weeklySlots: slots,
    availableFrom,
    ...(availableUntil !== undefined && availableUntil >= availableFrom && { availableUntil }),
    blackouts,
    maxHoursPerMonth: prng.weighted(HOUR_CAPS),
    consent: { version: consentVersion, acceptedAt: createdAt },
    paused: prng.chance(SHARES.paused),
    version: 1,
    createdAt,
    updatedAt: createdAt,
  };
  const ledger_ = ledger(prng, profile);
  return { profile, ledger: ledger_, safeguarding: safeguarding(prng, profile, ledger_) };
}

function venueIn(prng: Prng, quarters: 'all' | string[]): string {
  const candidates = quarters === 'all' ? VENUES : VENUES.filter((venue) => quarters.includes(venue.quarterId));
  return prng.pick(candidates.length > 0 ? candidates : VENUES).id;
}

/**
 * A ledger built with the production ledger code (withCommitment): a completed weekly commitment
 * in Sep–Nov 2026 and/or an accepted upcoming one inside one of the volunteer's own slots (as an
 * accepted match would be), two or three hours, from December for 3–16 weeks or once.
 */
function ledger(prng: Prng, profile: VolunteerProfile): Ledger | undefined {
  if (!prng.chance(SHARES.ledger)) return undefined;
  let result = emptyLedger(profile.volunteerId);
  const completed = prng.chance(0.6);
  const accepted = !completed || prng.chance(0.7);
  if (completed) {
    const firstDate = dateBetween(prng, '2026-09-01', '2026-11-01');
    const start = prng.pick(['09:00', '10:00', '14:00', '15:00', '16:00', '17:00']);
    const schedule: Schedule = {
      kind: 'weekly',
      weekday: weekdayOf(firstDate),
      start,
      end: shift(start, prng.pick([90, 120, 180])),
      firstDate,
      lastDate: dateBetween(prng, addDays(firstDate, 14), '2026-11-23'),
    };
    const match = { needId: prng.uuid(), venueId: venueIn(prng, profile.quarters), schedule };
    result = withCommitment(result, match, 'completed', BENCH_TODAY);
  }
  if (accepted) {
    const slot = prng.pick(profile.weeklySlots);
    const length = prng.pick([120, 180]);
    const [sh, sm] = slot.start.split(':').map(Number) as [number, number];
    const [eh, em] = slot.end.split(':').map(Number) as [number, number];
    const room = eh * 60 + em - (sh * 60 + sm) - length;
    const start = shift(slot.start, room > 0 ? Math.floor(prng.int(0, room) / 30) * 30 : 0);
    const end = room >= 0 ? shift(start, length) : slot.end;
    const firstDay = dateBetween(prng, '2026-11-30', '2027-01-31');
    const offset = (WEEKDAYS.indexOf(slot.weekday) - WEEKDAYS.indexOf(weekdayOf(firstDay)) + 7) % 7;
    const firstDate = addDays(firstDay, offset);
    const schedule: Schedule = prng.chance(0.3)
      ? { kind: 'once', date: firstDate, start, end }
      : {
          kind: 'weekly',
          weekday: slot.weekday,
          start,
          end,
          firstDate,
          lastDate: addDays(firstDate, 7 * prng.int(2, 15)),
        };
    const match = { needId: prng.uuid(), venueId: venueIn(prng, profile.quarters), schedule };
    result = withCommitment(result, match, 'accepted', BENCH_TODAY);
  }
  return result;
}

/**
 * Safeguarding facts in the shape the repository stores, deleted (expiresAt) on the date the
 * production rule gives: 3 months after the last activity, or 28 days after the inspection
 * without one (deletionDate). Expired ones stay in the table, as DynamoDB's TTL sweep lags; both
 * the engine and the baseline filter them on read.
 */
function safeguarding(
  prng: Prng,
  profile: VolunteerProfile,
  ledger: Ledger | undefined,
): SafeguardingCheck | undefined {
  const childWork = profile.skills.some((skill) => CHILD_SKILLS.has(skill));
  const share = ledger
    ? childWork
      ? SHARES.safeguardingActiveChildSkills
      : SHARES.safeguardingActiveOthers
    : childWork
      ? SHARES.safeguardingRecentChildSkills
      : SHARES.safeguardingRecentOthers;
  if (!prng.chance(share)) return undefined;
  const kind = prng.weighted(CHECK_KINDS);
  const dates = ledger?.commitments.flatMap((commitment) => commitment.occurrences.map((o) => o.date)).sort() ?? [];
  const firstActivity = dates[0] ?? BENCH_TODAY;
  const inspectedOn = !ledger
    ? dateBetween(prng, '2026-10-01', '2026-11-23')
    : kind === 'stale'
      ? dateBetween(prng, '2021-06-01', '2022-02-28')
      : dateBetween(prng, '2022-03-01', [firstActivity, BENCH_TODAY].sort()[0] as string);
  const issuedOn = addDays(inspectedOn, kind === 'old-certificate' ? -prng.int(100, 300) : -prng.int(3, 80));
  const deleteOn = deletionDate(inspectedOn, dates.at(-1), SAFEGUARDING_RETENTION_MONTHS);
  return {
    volunteerId: profile.volunteerId,
    inspectedOn,
    issuedOn,
    relevantConviction: kind === 'conviction',
    inspectedBy: 'bench-manager',
    recordedAt: `${inspectedOn}T12:00:00.000Z`,
    expiresAt: Math.floor(Date.parse(`${deleteOn}T23:59:59Z`) / 1000),
  };
}

interface NeedSpec {
  title: string;
  quarterId: string;
  venueId: string;
  schedule: Schedule;
  requiredSkills: string[];
  niceToHaveSkills?: string[];
  languages?: string[];
  involvesMinors?: boolean;
}

const weekly = (weekday: Weekday, start: string, end: string, firstDate: string, lastDate: string): Schedule => ({
  kind: 'weekly',
  weekday,
  start,
  end,
  firstDate,
  lastDate,
});
const once = (date: string, start: string, end: string): Schedule => ({ kind: 'once', date, start, end });

/** The fixed needs (24): every quarter, every weekday, once and weekly, common and rare skills. */
// biome-ignore format: one need per line
const NEED_SPECS: NeedSpec[] = [
  { title: 'Hausaufgabenhilfe OT Höhe', quarterId: 'hoehe', venueId: 'ot-hoehe', schedule: weekly('tue', '15:00', '17:00', '2026-12-01', '2027-02-23'), requiredSkills: ['homework-help'], niceToHaveSkills: ['maths-tutoring', 'german-lessons'], languages: ['de'], involvesMinors: true },
  { title: 'Deutschkurs am Abend', quarterId: 'ostersbaum', venueId: 'nachbarschaftsheim', schedule: weekly('mon', '18:00', '19:30', '2026-11-30', '2027-03-29'), requiredSkills: ['german-lessons'], niceToHaveSkills: ['interpreting'], languages: ['de'] },
  { title: 'Begleitung zur Ausländerbehörde', quarterId: 'nordstadt', venueId: 'alte-feuerwache', schedule: once('2026-12-03', '09:00', '11:00'), requiredSkills: ['authority-visits'], languages: ['ar', 'ku'] },
  { title: 'Samstagscafé', quarterId: 'nordstadt', venueId: 'alte-feuerwache-cafe', schedule: weekly('sat', '14:00', '17:00', '2026-12-05', '2027-01-30'), requiredSkills: ['cafe-service'], niceToHaveSkills: ['cooking'] },
  { title: 'Sport und Bewegung Röttgen', quarterId: 'uellendahl-west', venueId: 'zentrum-roettgen', schedule: weekly('wed', '16:00', '18:00', '2026-12-02', '2027-02-24'), requiredSkills: ['sports'], languages: ['de'], involvesMinors: true },
  { title: 'Spielmobil Uellendahl-Ost', quarterId: 'uellendahl-ost', venueId: 'spielmobil-uellendahl-ost', schedule: weekly('fri', '15:00', '18:00', '2026-12-04', '2027-01-29'), requiredSkills: ['play-activities'], niceToHaveSkills: ['arts-crafts', 'first-aid'], involvesMinors: true },
  { title: 'Spielmobil Wichlinghausen', quarterId: 'wichlinghausen-oberbarmen', venueId: 'spielmobil-wichlinghausen', schedule: weekly('thu', '15:00', '18:00', '2026-12-03', '2027-02-25'), requiredSkills: ['play-activities'], involvesMinors: true },
  { title: 'Spielmobil Heckinghausen', quarterId: 'heckinghausen', venueId: 'spielmobil-heckinghausen', schedule: weekly('wed', '14:30', '17:30', '2026-12-02', '2027-01-27'), requiredSkills: ['play-activities'], niceToHaveSkills: ['music'], involvesMinors: true },
  { title: 'Arztbegleitung', quarterId: 'wichlinghausen-oberbarmen', venueId: 'spielmobil-wichlinghausen', schedule: once('2026-12-08', '10:00', '12:00'), requiredSkills: ['doctor-visits'], languages: ['ar'] },
  { title: 'Bewerbungswerkstatt', quarterId: 'hoehe', venueId: 'ot-hoehe', schedule: weekly('thu', '17:00', '19:00', '2026-12-03', '2027-03-25'), requiredSkills: ['job-applications'], niceToHaveSkills: ['computer-help'], languages: ['de'] },
  { title: 'Kinderbetreuung während des Deutschkurses', quarterId: 'ostersbaum', venueId: 'nachbarschaftsheim', schedule: weekly('mon', '18:00', '19:30', '2026-11-30', '2027-03-29'), requiredSkills: ['childcare'], niceToHaveSkills: ['music'], involvesMinors: true },
  { title: 'Fahrradwerkstatt', quarterId: 'nordstadt', venueId: 'alte-feuerwache', schedule: weekly('sat', '10:00', '13:00', '2026-12-05', '2027-02-27'), requiredSkills: ['bike-repair'], niceToHaveSkills: ['diy-repairs'] },
  { title: 'Lesepaten', quarterId: 'nordstadt', venueId: 'alte-feuerwache', schedule: weekly('tue', '14:00', '15:30', '2026-12-01', '2027-01-26'), requiredSkills: ['reading-mentor'], languages: ['de'], involvesMinors: true },
  { title: 'Umzugshilfe', quarterId: 'heckinghausen', venueId: 'spielmobil-heckinghausen', schedule: once('2026-12-12', '09:00', '14:00'), requiredSkills: ['moving-help'], niceToHaveSkills: ['driving'], languages: ['ru', 'uk', 'de'] },
  { title: 'Mathe-Nachhilfe', quarterId: 'uellendahl-west', venueId: 'zentrum-roettgen', schedule: weekly('mon', '16:00', '17:30', '2026-11-30', '2027-02-22'), requiredSkills: ['maths-tutoring'], niceToHaveSkills: ['homework-help'], involvesMinors: true },
  { title: 'Frauencafé', quarterId: 'wichlinghausen-oberbarmen', venueId: 'spielmobil-wichlinghausen', schedule: weekly('wed', '10:00', '12:00', '2026-12-02', '2027-01-27'), requiredSkills: ['womens-cafe'], niceToHaveSkills: ['childcare', 'cooking'], languages: ['ar', 'fa', 'prs'] },
  { title: 'Computerhilfe', quarterId: 'ostersbaum', venueId: 'nachbarschaftsheim', schedule: weekly('fri', '17:00', '19:00', '2026-12-04', '2027-02-26'), requiredSkills: ['computer-help'], languages: ['de', 'en'] },
  { title: 'Dolmetschen beim Elternabend', quarterId: 'hoehe', venueId: 'ot-hoehe', schedule: once('2026-12-10', '18:00', '20:00'), requiredSkills: ['interpreting'], languages: ['ti'] },
  { title: 'Kleiderkammer', quarterId: 'nordstadt', venueId: 'alte-feuerwache', schedule: weekly('wed', '09:30', '12:30', '2026-12-02', '2027-03-31'), requiredSkills: ['clothing-store'] },
  { title: 'Pflanzaktion Spielplatz', quarterId: 'uellendahl-ost', venueId: 'spielmobil-uellendahl-ost', schedule: once('2026-12-05', '10:00', '13:00'), requiredSkills: [], niceToHaveSkills: ['gardening'] },
  { title: 'Hilfe bei der Wohnungssuche', quarterId: 'heckinghausen', venueId: 'spielmobil-heckinghausen', schedule: weekly('tue', '10:00', '12:00', '2026-12-01', '2027-02-23'), requiredSkills: ['housing-search'], languages: ['ar', 'tr'] },
  { title: 'Kochen im Café', quarterId: 'nordstadt', venueId: 'alte-feuerwache-cafe', schedule: once('2026-12-19', '11:00', '15:00'), requiredSkills: ['cooking'], niceToHaveSkills: ['cafe-service'] },
  { title: 'Hausaufgabenhilfe Wichlinghausen', quarterId: 'wichlinghausen-oberbarmen', venueId: 'spielmobil-wichlinghausen', schedule: weekly('mon', '14:00', '16:00', '2027-01-11', '2027-03-22'), requiredSkills: ['homework-help'], languages: ['de'], involvesMinors: true },
  { title: 'Erste Hilfe beim Adventsfest', quarterId: 'uellendahl-west', venueId: 'zentrum-roettgen', schedule: once('2026-12-13', '11:00', '16:00'), requiredSkills: ['first-aid'], niceToHaveSkills: ['sports'], involvesMinors: true },
];

/** The fixed needs, open, as NeedRepository.create stores them; ids from the seeded PRNG. */
export function benchNeeds(createdBy: string): Need[] {
  const prng = new Prng(SEED + 1);
  const createdAt = '2026-11-20T09:00:00.000Z';
  return NEED_SPECS.map((spec) => {
    const { schedule } = spec;
    if (schedule.kind === 'weekly' && weekdayOf(schedule.firstDate) !== schedule.weekday) {
      throw new Error(`${spec.title}: ${schedule.firstDate} is not a ${schedule.weekday}`);
    }
    if (!VENUES.some((venue) => venue.id === spec.venueId && venue.quarterId === spec.quarterId)) {
      throw new Error(`${spec.title}: venue ${spec.venueId} is not in ${spec.quarterId}`);
    }
    return {
      needId: prng.uuid(),
      title: spec.title,
      description: '',
      quarterId: spec.quarterId,
      venueId: spec.venueId,
      schedule,
      places: 3,
      requiredSkills: spec.requiredSkills,
      niceToHaveSkills: spec.niceToHaveSkills ?? [],
      languages: spec.languages ?? [],
      involvesMinors: spec.involvesMinors ?? false,
      status: 'open',
      acceptedCount: 0,
      initiativeIds: [],
      version: 1,
      createdBy,
      createdAt,
      updatedAt: createdAt,
    } as Need;
  });
}

/** Checks the tables above name only catalogue entries (a renamed skill would silently match nobody). */
export function assertCatalogue(): void {
  const quarters = new Set(QUARTERS.map((quarter) => quarter.id));
  const skills = new Set(SKILLS.map((skill) => skill.id));
  for (const [id] of QUARTER_WEIGHTS) if (!quarters.has(id)) throw new Error(`unknown quarter ${id}`);
  for (const [id] of SKILL_WEIGHTS) if (!skills.has(id)) throw new Error(`unknown skill ${id}`);
  if (SKILL_WEIGHTS.length !== SKILLS.length) throw new Error('SKILL_WEIGHTS must weigh every seeded skill');
  if (QUARTER_WEIGHTS.length !== QUARTERS.length) throw new Error('QUARTER_WEIGHTS must weigh every seeded quarter');
  for (const spec of NEED_SPECS) {
    for (const skill of [...spec.requiredSkills, ...(spec.niceToHaveSkills ?? [])])
      if (!skills.has(skill)) throw new Error(`${spec.title}: unknown skill ${skill}`);
  }
}
