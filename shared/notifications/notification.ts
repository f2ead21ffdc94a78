import type { Need } from '../needs/schemas.ts';
import type { MailLanguage, NotificationKind } from './kinds.ts';

/** Who gets an e-mail, resolved by the notifier (profile, account, notification settings). */
export interface Recipient {
  userId: string;
  email: string;
  language: MailLanguage;
  /** First name when known (volunteers), for the greeting. */
  firstName?: string | undefined;
}

/** What every notification about a need tells: enough to act without signing in first. */
export interface NeedSummary {
  needId: string;
  title: string;
  description: string;
  quarterName: string;
  venueName: string;
  schedule: Need['schedule'];
  involvesMinors: boolean;
  places: number;
  acceptedCount: number;
}

/**
 * One notification to one recipient: the input of the templates (render.ts). `kind` decides
 * which of the optional fields are set; `link` is the absolute URL of the page where the
 * recipient acts, `unsubscribeUrl` is set for optional kinds only.
 */
export interface Notification {
  kind: NotificationKind;
  /** Stable id of the event and recipient: the delivery record's key, and the Message-ID's base. */
  id: string;
  recipient: Recipient;
  need: NeedSummary;
  /** The page to act on (absolute). */
  link: string;
  /** One-click unsubscribe URL for this kind (optional kinds only). */
  unsubscribeUrl?: string | undefined;
  /** The volunteer concerned (to staff): first name only. */
  volunteerFirstName?: string | undefined;
  /** invitation, invitationExpiring: the instant the invitation expires (ISO). */
  answerBy?: string | undefined;
  /** reminder, needShortOfPeople: the date concerned (YYYY-MM-DD, Europe/Berlin). */
  date?: string | undefined;
  /** needChanged, commitmentCancelled, concernRaised: the stated reason (free text, may be absent). */
  reason?: string | undefined;
  /** needChanged: which fields changed (field names of NeedInput). */
  changes?: string[] | undefined;
  /** needMessage: the manager's text, as written. */
  text?: string | undefined;
  /** needShortOfPeople: how many places are still open. */
  openPlaces?: number | undefined;
}

/** A rendered e-mail: subject, plain text and HTML in the recipient's language. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}
