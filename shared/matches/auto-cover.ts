/**
 * Automatic cover: the waiting list of a need (DESIGN.md, "Series and cover"). One pure decision —
 * given the need, its matches, the ranked proposals and "now", which invitations to send — that
 * the sweep (ManagerMatches.coverSweep) carries out. For every date ahead with a gap, and not closer
 * to its start than the cutoff, the best proposals for that date are invited in order, one per
 * open place at a time (`one`) or a batch at once (`batch`), until the gap is filled; a declined,
 * withdrawn or lapsed invitation frees its slot, and its volunteer is never asked again for that
 * date. A place of the series that reopens (the need filled once, then someone left) is refilled
 * from the series' proposals the same way; while that refill runs, the dates' gaps it will close
 * are not asked for one by one.
 */
import { occurrences } from '../matching/occurrences.ts';
import { DEFAULT_COVER_BATCH, type Need } from '../needs/schemas.ts';
import { berlinInstant } from '../time/berlin-instant.ts';
import { rosterMatches } from './cover.ts';
import { effectiveState, type MatchState } from './lifecycle.ts';
import { roster } from './roster.ts';
import type { Match } from './schemas.ts';

/** One invitation the waiting list sends: for the series (no date) or to cover one date. */
export interface CoverInvitation {
  volunteerId: string;
  date?: string;
}

/** Volunteers in these states may be asked (again): nobody asked them yet, or the date filled before they answered. */
const ASKABLE: readonly MatchState[] = ['none', 'closed'];
/** Invitations and offers still waiting for an answer. */
const OUT: readonly MatchState[] = ['invited', 'offered'];
/** Part of the series already, or asked for it: not asked to cover one of its dates. */
const IN_SERIES: readonly MatchState[] = ['invited', 'offered', 'accepted', 'completed', 'no_show'];

const HOUR = 3_600_000;

export const autoCoverOn = (need: Pick<Need, 'autoCover' | 'status'>): boolean =>
  (need.autoCover?.mode ?? 'off') !== 'off' && (need.status === 'open' || need.status === 'filled');

/** How many invitations may be out for `open` places: one per place, or the batch (at least one per place). */
function target(need: Pick<Need, 'autoCover'>, open: number): number {
  if (open <= 0) return 0;
  const setting = need.autoCover;
  if (setting?.mode !== 'batch') return open;
  return Math.max(setting.batchSize ?? DEFAULT_COVER_BATCH, open);
}

function states(matches: Match[], now: Date, need: Need, date: string | undefined): Map<string, MatchState> {
  return new Map(
    matches
      .filter((match) => match.date === date)
      .map((match) => [match.volunteerId, effectiveState(match, now, need)] as const),
  );
}

const count = (of: Map<string, MatchState>, wanted: readonly MatchState[]) =>
  [...of.values()].filter((state) => wanted.includes(state)).length;

/** The series' reopened places: undefined unless the need filled once and has a place open again. */
export function seriesRefill(
  need: Need,
  matches: Match[],
  now: Date,
): { open: number; outstanding: number; slots: number } | undefined {
  const open = need.places - need.acceptedCount;
  if (!autoCoverOn(need) || need.status !== 'open' || (need.fillRound ?? 0) === 0 || open <= 0) return undefined;
  const outstanding = count(states(matches, now, need, undefined), OUT);
  return { open, outstanding, slots: Math.max(0, target(need, open) - outstanding) };
}

/** The places of each date the series refill stands for (its list still has someone or someone asked). */
export function reservedForSeries(refill: ReturnType<typeof seriesRefill>, picked: number): number {
  return refill && (refill.outstanding > 0 || picked > 0) ? refill.open : 0;
}

/**
 * The dates ahead (starting more than `cutoffHours` after now) with a gap beyond `reserved`, and
 * how many more cover invitations each may have out.
 */
export function dateGaps(
  need: Need,
  matches: Match[],
  now: Date,
  cutoffHours: number,
  reserved: number,
): { date: string; slots: number }[] {
  // A one-off need has no dates to cover one by one: its place is refilled as the series' is.
  if (!autoCoverOn(need) || need.schedule.kind !== 'weekly') return [];
  const cutoff = now.getTime() + cutoffHours * HOUR;
  const ahead = new Set(
    occurrences(need.schedule)
      .filter((occurrence) => berlinInstant(occurrence.date, occurrence.start).getTime() > cutoff)
      .map((occurrence) => occurrence.date),
  );
  return roster(need, rosterMatches(matches, now, need))
    .filter((entry) => ahead.has(entry.date))
    .map((entry) => {
      const gap = entry.open - reserved;
      const outstanding = count(states(matches, now, need, entry.date), OUT);
      return { date: entry.date, slots: Math.max(0, target(need, gap) - outstanding) };
    })
    .filter((entry) => entry.slots > 0);
}

function pick(ranked: string[], askable: (volunteerId: string) => boolean, slots: number): string[] {
  return ranked.filter(askable).slice(0, slots);
}

export interface AutoCoverInput {
  need: Need;
  /** The need's matches as stored (effective states are derived with `now`). */
  matches: Match[];
  now: Date;
  cutoffHours: number;
  /** Ranked proposals (volunteer ids, best first): for the series, and for each date (cover). */
  ranked: { series: string[]; dates: Record<string, string[]> };
}

/** Who the series refill invites from its ranked list (none unless a place reopened). */
export function seriesPicks(need: Need, matches: Match[], now: Date, ranked: string[]): string[] {
  const refill = seriesRefill(need, matches, now);
  if (!refill) return [];
  const series = states(matches, now, need, undefined);
  return pick(ranked, (id) => ASKABLE.includes(series.get(id) ?? 'none'), refill.slots);
}

/** Which invitations the waiting list sends now: series ones first, then each date's in date order. */
export function planAutoCover(input: AutoCoverInput): CoverInvitation[] {
  const { need, matches, now } = input;
  if (!autoCoverOn(need)) return [];
  const series = states(matches, now, need, undefined);
  const refill = seriesRefill(need, matches, now);
  const seriesPicked = seriesPicks(need, matches, now, input.ranked.series);
  const reserved = reservedForSeries(refill, seriesPicked.length);
  const datePicks = dateGaps(need, matches, now, input.cutoffHours, reserved).flatMap(({ date, slots }) => {
    const onDate = states(matches, now, need, date);
    const askable = (id: string) =>
      ASKABLE.includes(onDate.get(id) ?? 'none') &&
      !IN_SERIES.includes(series.get(id) ?? 'none') &&
      !seriesPicked.includes(id);
    return pick(input.ranked.dates[date] ?? [], askable, slots).map((volunteerId) => ({ volunteerId, date }));
  });
  return [...seriesPicked.map((volunteerId) => ({ volunteerId })), ...datePicks];
}

/** Whether the waiting list may ask a volunteer in this state (the sweep checks again right before it writes). */
export const askable = (state: MatchState): boolean => ASKABLE.includes(state);
