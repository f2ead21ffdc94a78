/**
 * A past quarter of demo work, played through the same services the app calls (each step at its
 * own past instant), so the stream consumers count it exactly as they count real work: the
 * statistics page shows something for last quarter on `npm start`'s demo data.
 */
import type { Caller } from '../../shared/auth/caller.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import type { NeedInput } from '../../shared/needs/schemas.ts';
import { createServices } from '../../shared/platform/services.ts';
import { berlinInstant } from '../../shared/time/berlin-instant.ts';
import { addDays, berlinDate } from '../../shared/time/calendar.ts';

/** The title every history need starts with: how a later seed sees the history is there. */
export const HISTORY_MARK = 'Rückblick:';

const VIA = { method: 'SYSTEM', route: 'demo-history' } as const;

interface PastNeed {
  title: string;
  quarterId: 'nordstadt' | 'ostersbaum';
  venueId: string;
  /** Which Tuesday of the quarter (0-based week from its first Tuesday). */
  week: number;
  /** Weekly dates (1: a single date). */
  dates: number;
  skill: string;
  languages: NeedInput['languages'];
  places: number;
  /** Demo volunteers (e-mail) who accept. */
  accept: string[];
  /** A no-show: who, on which of the need's dates (0-based). */
  noShow?: { email: string; date: number };
}

const A = 'amina.volunteer@example.org';
const B = 'basel.volunteer@example.org';
const C = 'chadi.volunteer@example.org';
const D = 'darya.volunteer@example.org';
const E = 'emre.volunteer@example.org';

const PAST: PastNeed[] = [
  {
    title: 'Hausaufgabenhilfe',
    quarterId: 'nordstadt',
    venueId: 'alte-feuerwache',
    week: 1,
    dates: 1,
    skill: 'homework-help',
    languages: ['ar'],
    places: 2,
    accept: [A, B],
  },
  {
    title: 'Hausaufgabenhilfe auf Farsi',
    quarterId: 'nordstadt',
    venueId: 'alte-feuerwache',
    week: 2,
    dates: 1,
    skill: 'homework-help',
    languages: ['fa'],
    places: 1,
    accept: [D],
  },
  {
    title: 'Hausaufgabenhilfe dienstags',
    quarterId: 'nordstadt',
    venueId: 'alte-feuerwache',
    week: 4,
    dates: 4,
    skill: 'homework-help',
    languages: ['ar'],
    places: 1,
    accept: [C],
    noShow: { email: C, date: 2 },
  },
  {
    title: 'Sport im Park',
    quarterId: 'nordstadt',
    venueId: 'alte-feuerwache',
    week: 6,
    dates: 1,
    skill: 'sports',
    languages: ['tr'],
    places: 1,
    accept: [E],
  },
  {
    title: 'Elterncafé auf Ukrainisch',
    quarterId: 'nordstadt',
    venueId: 'alte-feuerwache',
    week: 9,
    dates: 1,
    skill: 'homework-help',
    languages: ['uk'],
    places: 1,
    accept: [],
  },
  {
    title: 'Hausaufgabenhilfe vor den Ferien',
    quarterId: 'nordstadt',
    venueId: 'alte-feuerwache',
    week: 10,
    dates: 1,
    skill: 'homework-help',
    languages: ['ar'],
    places: 1,
    accept: [A],
  },
  {
    title: 'Spielnachmittag',
    quarterId: 'ostersbaum',
    venueId: 'nachbarschaftsheim',
    week: 3,
    dates: 1,
    skill: 'play-activities',
    languages: ['ar'],
    places: 1,
    accept: [A],
  },
  {
    title: 'Mathe-Nachhilfe',
    quarterId: 'ostersbaum',
    venueId: 'nachbarschaftsheim',
    week: 8,
    dates: 1,
    skill: 'maths-tutoring',
    languages: [],
    places: 1,
    accept: [C],
  },
];

/** The first Tuesday of the calendar quarter before the one `today` lies in. */
function firstTuesdayOfLastQuarter(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const quarterStart = Math.floor((month - 1) / 3) * 3; // 0-based month
  const start = new Date(Date.UTC(year, quarterStart - 3, 1));
  const weekday = start.getUTCDay(); // 2: Tuesday
  start.setUTCDate(1 + ((2 - weekday + 7) % 7));
  return start.toISOString().slice(0, 10);
}

/** 15:00 Berlin on `date`, `days` later (negative: before). */
const at = (date: string, days: number, minutes = 15 * 60) => berlinInstant(addDays(date, days), minutes);

/**
 * Seeds last quarter's work in Nordstadt and Ostersbaum once (nothing if a history need exists
 * or Nora no longer manages both):
 * needs published ten days ahead, invited and accepted, one series with a no-show, one need
 * nobody could take (Ukrainian, which no demo volunteer speaks). Needs the demo accounts' ids.
 */
export async function seedHistory(
  config: PlatformConfig,
  now: Date,
  ids: { manager: string; volunteer: (email: string) => string },
): Promise<number> {
  const services = createServices(config, () => now);
  const nora: Caller = { userId: ids.manager, roles: ['manager'] };
  // Played as Nora: if an admin took one of her quarters away, there is no history to add.
  const quarters = (await services.staff.get(ids.manager))?.quarters ?? [];
  if (!PAST.every((past) => quarters.includes(past.quarterId))) return 0;
  const catalog = await services.catalog.get(now.getTime());
  const existing = await services.needs.listManaged(nora, catalog);
  if (existing.some((need) => need.title.startsWith(HISTORY_MARK))) return 0;

  const first = firstTuesdayOfLastQuarter(berlinDate(now));
  for (const past of PAST) {
    const firstDate = addDays(first, 7 * past.week);
    const lastDate = addDays(firstDate, 7 * (past.dates - 1));
    const schedule =
      past.dates === 1
        ? { kind: 'once' as const, date: firstDate, start: '15:00', end: '17:00' }
        : { kind: 'weekly' as const, weekday: 'tue' as const, start: '15:00', end: '17:00', firstDate, lastDate };
    const draft = await services.needs.create(
      nora,
      {
        title: `${HISTORY_MARK} ${past.title}`,
        description: 'Demo-Verlauf des letzten Quartals',
        quarterId: past.quarterId,
        venueId: past.venueId,
        schedule,
        places: past.places,
        requiredSkills: [past.skill],
        niceToHaveSkills: [],
        languages: past.languages,
        involvesMinors: false,
      },
      at(firstDate, -12),
    );
    await services.needs.setStatus(nora, draft.needId, 'publish', draft.version, at(firstDate, -10));
    if (past.accept.length === 0) continue;
    await services.matches.invite(nora, draft.needId, past.accept.map(ids.volunteer), VIA, at(firstDate, -9));
    for (const [index, email] of past.accept.entries()) {
      const volunteer: Caller = { userId: ids.volunteer(email), roles: ['volunteer'] };
      await services.matches.volunteerStep(volunteer, draft.needId, 'accept', at(firstDate, -8, 10 * 60 + index));
    }
    if (past.noShow) {
      const date = addDays(firstDate, 7 * past.noShow.date);
      await services.matches.managerStep(
        nora,
        draft.needId,
        ids.volunteer(past.noShow.email),
        'no_show',
        VIA,
        at(date, 1),
        {
          date,
        },
      );
    }
  }
  return PAST.length;
}
