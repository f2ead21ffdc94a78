/**
 * The statistics read model's unit: counts per cell (a quarter in a Berlin month) and attribute.
 * A source (a volunteer, a need) contributes counts; its snapshot keeps what it contributed, so a
 * change adds only the difference to the cells' counters, and a repeated stream record adds
 * nothing. Attributes that end in `@<date>T<HH:MM>` count something that happens when a date's
 * time window ends (Berlin wall clock): the reader sums only those already past, so a date
 * "becomes done" by time passing without any write.
 */
import { berlinInstant } from '../time/berlin-instant.ts';

/** Counts by cell (`<quarterId>/<YYYY-MM>`) and attribute. */
export type Counts = Record<string, Record<string, number>>;

export const cellOf = (quarterId: string, month: string) => `${quarterId}/${month}`;

export function parseCell(cell: string): { quarterId: string; month: string } {
  const at = cell.lastIndexOf('/');
  return { quarterId: cell.slice(0, at), month: cell.slice(at + 1) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The key of a date's end: `YYYY-MM-DDTHH:MM` (minutes of the day, Berlin). */
export const endKey = (date: string, endMinutes: number) =>
  `${date}T${pad(Math.floor(endMinutes / 60))}:${pad(endMinutes % 60)}`;

/** The instant an attribute's end key stands for, or undefined for an attribute without one. */
export function endOfAttribute(attribute: string): Date | undefined {
  const at = attribute.lastIndexOf('@');
  if (at < 0) return undefined;
  const key = attribute.slice(at + 1);
  const [hours, minutes] = key.slice(11).split(':').map(Number);
  return berlinInstant(key.slice(0, 10), (hours ?? 0) * 60 + (minutes ?? 0));
}

/** Adds `value` to one attribute of one cell. */
export function add(counts: Counts, cell: string, attribute: string, value = 1): void {
  const row = counts[cell] ?? {};
  row[attribute] = (row[attribute] ?? 0) + value;
  counts[cell] = row;
}

/**
 * What a source's counts become (`stored`) and what the counters must add (`delta`, non-zero
 * entries only). A frozen attribute (its date long over: nothing can change it any more) that the
 * source no longer has keeps what was counted and leaves the snapshot: the source may forget old
 * dates (the ledger drops help after 13 months), but what was given stays counted. One the source
 * still has is counted as usual, so a consumer that comes late still counts it, once.
 */
export function countDelta(
  previous: Counts,
  next: Counts,
  isFrozen: (attribute: string) => boolean,
): { stored: Counts; delta: Counts } {
  const stored: Counts = {};
  const delta: Counts = {};
  for (const cell of new Set([...Object.keys(previous), ...Object.keys(next)])) {
    const before = previous[cell] ?? {};
    const after = next[cell] ?? {};
    for (const attribute of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (after[attribute] === undefined && isFrozen(attribute)) continue;
      const value = after[attribute] ?? 0;
      if (value !== 0) add(stored, cell, attribute, value);
      const change = value - (before[attribute] ?? 0);
      if (change !== 0) add(delta, cell, attribute, change);
    }
  }
  return { stored, delta };
}

/** Attributes whose end lies at least `graceDays` before `now` are frozen. */
export const frozenAfter =
  (now: Date, graceDays: number) =>
  (attribute: string): boolean => {
    const end = endOfAttribute(attribute);
    return end !== undefined && end.getTime() + graceDays * 86_400_000 <= now.getTime();
  };
