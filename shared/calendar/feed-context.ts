import type { Translate } from '../web/i18n.ts';

/** What the pure feed builders need besides the data: texts, names, where links point, and now. */
export interface FeedContext {
  t: Translate;
  names: { venue: (id: string) => string; quarter: (id: string) => string };
  /** The platform's public origin (no trailing slash); links in the feed are absolute. */
  baseUrl: string;
  now: Date;
}

/**
 * How long an ended commitment or a cancelled need stays in the feed as STATUS:CANCELLED after
 * it ended, so that every subscribed calendar (fetching at its own pace) removes it; while any of
 * its dates is still ahead it stays regardless.
 */
export const KEEP_CANCELLED_DAYS = 56;

/** Whether a cancelled event is still worth sending: it ended recently, or a date is still to come. */
export function keepCancelled(endedAt: string, lastDate: string | undefined, today: string, now: Date): boolean {
  return Date.parse(endedAt) >= now.getTime() - KEEP_CANCELLED_DAYS * 86_400_000 || (lastDate ?? '') >= today;
}

/** "Alte Feuerwache, Nordstadt, Wuppertal" (the catalogue has no street addresses). */
export function locationText(context: FeedContext, venueId: string, quarterId: string): string {
  return `${context.names.venue(venueId)}, ${context.names.quarter(quarterId)}, Wuppertal`;
}
