import type { Need } from './schemas.ts';

/** The share of dates a weekly need asks for when its manager set none (DESIGN.md, "Matching semantics"). */
export const DEFAULT_MIN_SHARE_PERCENT = 75;

/**
 * The least share (in %) of a need's remaining dates a volunteer must be able to come to: 100 for
 * a one-off need (its one date is all of it), else the need's `minSharePercent`, 75 when unset
 * (stored needs from before the field have none).
 */
export function minShareOf(need: Pick<Need, 'schedule' | 'minSharePercent'>): number {
  return need.schedule.kind === 'once' ? 100 : (need.minSharePercent ?? DEFAULT_MIN_SHARE_PERCENT);
}
