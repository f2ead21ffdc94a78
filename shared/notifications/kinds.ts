import { LANGS, type Lang } from '../i18n/languages.ts';
/**
 * Every kind of notification e-mail the platform sends about the work (account e-mails such as
 * codes and the inactivity reminder live with the accounts). `optional` kinds follow the
 * recipient's preferences and carry a one-click unsubscribe (RFC 8058); the others are always
 * sent: invitations, changes to one's own commitments and reminders.
 */
export const NOTIFICATION_KINDS = {
  /** A manager invited the volunteer (what, where, when, children involved, answer-by, link). */
  invitation: { audience: 'volunteer', optional: false },
  /** A volunteer offered help on a need: to its managers. */
  offerReceived: { audience: 'staff', optional: true },
  /** A volunteer accepted an invitation: to the need's managers. */
  invitationAccepted: { audience: 'staff', optional: true },
  /** A volunteer declined an invitation: to the need's managers. */
  invitationDeclined: { audience: 'staff', optional: true },
  /** A volunteer withdrew an acceptance or offer: to the need's managers. */
  volunteerWithdrew: { audience: 'staff', optional: false },
  /** A manager accepted the volunteer's offer: to the volunteer. */
  offerAccepted: { audience: 'volunteer', optional: false },
  /** A manager declined the volunteer's offer: to the volunteer. */
  offerDeclined: { audience: 'volunteer', optional: false },
  /** The need changed (with the manager's reason): to everyone invited or accepted. */
  needChanged: { audience: 'volunteer', optional: false },
  /** The need, or this volunteer's part in it, was cancelled (with the manager's reason). */
  commitmentCancelled: { audience: 'volunteer', optional: false },
  /** The need filled before the volunteer answered: their invitation is closed. */
  invitationClosed: { audience: 'volunteer', optional: false },
  /** An initiative raised a concern about an accepted match: to the need's managers. */
  concernRaised: { audience: 'staff', optional: false },
  /** The volunteer's invitation expires in 24 hours and is not answered yet. */
  invitationExpiring: { audience: 'volunteer', optional: true },
  /** 48 hours before a date the need is still short of people: to its managers. */
  needShortOfPeople: { audience: 'staff', optional: true },
  /** 24 hours before each date the volunteer committed to. */
  reminder: { audience: 'volunteer', optional: false },
  /** A manager's message to the people of a need. */
  needMessage: { audience: 'volunteer', optional: false },
  // Series and absences (issue 10)
  /** A volunteer cannot come on one date of a series: to the need's managers, with the gap it leaves. */
  volunteerAbsent: { audience: 'staff', optional: false },
  /** The volunteer is asked to cover one date of a series (by a manager or automatic cover). */
  coverInvitation: { audience: 'volunteer', optional: false },
} as const satisfies Record<string, { audience: 'volunteer' | 'staff'; optional: boolean }>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

/** The kinds a person may switch off. */
export type OptionalKind = {
  [K in NotificationKind]: (typeof NOTIFICATION_KINDS)[K]['optional'] extends true ? K : never;
}[NotificationKind];

export const OPTIONAL_KINDS = (Object.keys(NOTIFICATION_KINDS) as NotificationKind[]).filter(
  (kind) => NOTIFICATION_KINDS[kind].optional,
) as OptionalKind[];

/** Whether a kind is optional (narrows). */
export function isOptionalKind(kind: string): kind is OptionalKind {
  return (OPTIONAL_KINDS as string[]).includes(kind);
}

/** The optional kinds offered to a person of this audience on their preferences page. */
export function optionalKindsFor(audience: 'volunteer' | 'staff'): OptionalKind[] {
  return OPTIONAL_KINDS.filter((kind) => NOTIFICATION_KINDS[kind].audience === audience);
}

/** The languages e-mails are written in: the pages' languages. */
export const MAIL_LANGUAGES = LANGS;
export type MailLanguage = Lang;
