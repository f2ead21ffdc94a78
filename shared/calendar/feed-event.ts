import type { Occurrence } from '../matching/occurrences.ts';

/** A host name of our own for UIDs: the same on every stage, so an event keeps its UID for good. */
export const UID_DOMAIN = 'quartiershilfe.wuppertal.de';

/**
 * One VEVENT as the feed writes it: a single date, or a weekly series (one VEVENT with a rule).
 * Built by the pure feed builders, written by {@link buildCalendar}.
 */
export interface FeedEvent {
  /** Stable for the life of what it stands for: a calendar updates it, never adds a second. */
  uid: string;
  /** Grows with every change of what the event says (RFC 5545 3.8.7.4). */
  sequence: number;
  cancelled: boolean;
  /** Once or weekly, and every date it happens on (occurrences(), the truth). */
  repeat: 'once' | 'weekly';
  occurrences: Occurrence[];
  summary: string;
  location: string;
  description: string;
  /** Absolute URL of the page about it. */
  url: string;
  /** When what it stands for last changed (LAST-MODIFIED). */
  updatedAt: string;
}
