/** Converts Europe/Berlin wall-clock times to instants (the inverse of {@link berlinDate}). */

const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Berlin',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Berlin's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetAt(instant: number): number {
  const part = (type: string) =>
    Number(PARTS.formatToParts(new Date(instant)).find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a Berlin wall-clock time happens: `date` (YYYY-MM-DD) and minutes of that day.
 * Across daylight-saving changes a wall time may happen twice (the last Sunday of October,
 * 02:00–03:00) — the first, summer-time one is taken — or never (the last Sunday of March,
 * 02:00–03:00) — then the time as the clock would show it had it not jumped, i.e. an hour later
 * in summer time (02:30 becomes 03:30 CEST), as calendar programs do.
 */
export function berlinInstant(date: string, minutes: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, 0, minutes);
  // The offsets in force around that day: at most two distinct ones.
  const offsets = [...new Set([offsetAt(wall - 86_400_000), offsetAt(wall + 86_400_000)])].sort((a, b) => b - a);
  for (const offset of offsets) {
    if (offsetAt(wall - offset) === offset) return new Date(wall - offset);
  }
  // In the spring gap: the standard (winter) offset, the smaller one.
  return new Date(wall - (offsets.at(-1) as number));
}
