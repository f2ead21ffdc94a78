/**
 * Every item type the table can hold (the `type` attribute each item carries), and what the
 * data-protection self-service does with it. A test (item-types.test.ts) checks that every
 * item `type` literal written in shared/ and functions/ is listed here, and an integration test
 * (test/integration/privacy.test.ts) that export and erasure cover each personal type: a new
 * item type cannot ship without a decision here.
 */

/** The sections of the export (shared/privacy/export.ts). */
export type ExportSection =
  | 'account'
  | 'profile'
  | 'consents'
  | 'matches'
  | 'commitments'
  | 'safeguarding'
  | 'sessions'
  | 'notifications'
  | 'activity'
  | 'staffAssignment'
  | 'rolesSetByAdmin'
  | 'auditEntries'
  | 'calendarFeed';

export type ItemTypePolicy =
  | {
      /** Holds data about one volunteer, found by their keys. */
      about: 'volunteer';
      /** Where the export shows it (derived copies name the section of their source). */
      export: ExportSection;
      erasure: 'deleted' | 'anonymised';
      /** Exists only while an erasure is under way: never present before or after one. */
      transient?: true;
      how: string;
    }
  | {
      /** About one person, kept after their erasure for a stated reason until its own retention ends. */
      about: 'volunteer';
      export: ExportSection;
      erasure: 'retained';
      how: string;
      why: string;
    }
  | { about: 'staff'; export: ExportSection; erasure: 'by-admins' | 'deleted'; how: string }
  | { about: 'nobody'; why: string };

export const ITEM_TYPES = {
  VolunteerProfile: {
    about: 'volunteer',
    export: 'profile',
    erasure: 'deleted',
    how: 'VOLUNTEER#<sub> partition: exported as is, deleted with the partition (profiles.delete)',
  },
  QuarterMembership: {
    about: 'volunteer',
    export: 'profile',
    erasure: 'deleted',
    how: "index copy of profile.quarters (with name, skills, language codes and paused, for the managers' search) in the volunteer partition; deleted with it",
  },
  Candidate: {
    about: 'volunteer',
    export: 'profile',
    erasure: 'deleted',
    how: 'candidate index copy of the profile in the volunteer partition; deleted with it (and the stream projector removes any left when the profile goes)',
  },
  Ledger: {
    about: 'volunteer',
    export: 'commitments',
    erasure: 'deleted',
    how: 'accepted and completed commitments in the volunteer partition; deleted with it',
  },
  SafeguardingCheck: {
    about: 'volunteer',
    export: 'safeguarding',
    erasure: 'deleted',
    how: 'facts of the check in the volunteer partition; deleted with it',
  },
  ConsentRecord: {
    about: 'volunteer',
    export: 'consents',
    erasure: 'deleted',
    how: 'each agreement (version, time) in the volunteer partition; deleted with it',
  },
  Match: {
    about: 'volunteer',
    export: 'matches',
    erasure: 'anonymised',
    how: 'found by GSI1 MATCHES#<sub>; rewritten under a random anonymous id without name or languages, so counts and hours per need stay right',
  },
  MatchEvent: {
    about: 'volunteer',
    export: 'matches',
    erasure: 'anonymised',
    how: "history of each match (need partition, volunteerId = sub); rewritten under the match's anonymous id",
  },
  Invitation: {
    about: 'volunteer',
    export: 'matches',
    erasure: 'deleted',
    how: 'TTL twin of an invited match (shown there); declined by releaseAll, an expired one deleted with the match rewrite',
  },
  Session: {
    about: 'volunteer',
    export: 'sessions',
    erasure: 'deleted',
    how: 'found through its UserSession pointer; only times are exported, never the hash; sessions.deleteAllOf',
  },
  UserSession: {
    about: 'volunteer',
    export: 'sessions',
    erasure: 'deleted',
    how: 'USER#<sub> pointer to a session: times exported; sessions.deleteAllOf',
  },
  AccountActivity: {
    about: 'volunteer',
    export: 'activity',
    erasure: 'deleted',
    how: 'ACCOUNT#<sub>: last sign-in and reminder marker for the inactivity job',
  },
  ErasureRequest: {
    about: 'volunteer',
    export: 'account',
    erasure: 'deleted',
    transient: true,
    how: 'ERASURE#<sub>: written first, deleted last, so an interrupted erasure is finished by retry or the daily job',
  },
  StaffAssignment: {
    about: 'staff',
    export: 'staffAssignment',
    erasure: 'by-admins',
    how: "a staff member's quarters or initiative: exported to them; staff accounts are managed (and removed) by admins",
  },
  UserRoles: {
    about: 'staff',
    export: 'rolesSetByAdmin',
    erasure: 'deleted',
    how: 'USER#<sub>/ROLES: the roles an admin last set (sessions take them); deleted by an erasure (sessions.forgetRoles)',
  },
  AuditEntry: {
    about: 'volunteer',
    export: 'auditEntries',
    erasure: 'retained',
    how: 'AUDIT#SUBJECT#<sub> (and its AUDIT#ACTOR# twin): who read or changed data about the person; all of it in the export',
    why: 'append-only accountability record (GDPR Art. 5(2); Art. 17(3)(e)): kept to its two-year TTL after an erasure, holding only the pseudonymous account id, never name, e-mail or phone; IAM denies every function changing it',
  },
  Throttle: {
    about: 'nobody',
    why: 'failed-attempt counters keyed by a SHA-256 of an e-mail address or client address, never the plain value; expire by TTL within hours and cannot be found by account',
  },
  AccountExistsNotice: {
    about: 'nobody',
    why: "tells the notifier to warn an address's owner that someone tried to sign up with it: the address as typed, under a key holding only its SHA-256 and a 15-minute window; the notifier removes the address once the mail is out (seconds later), and the item is gone by TTL within 6 hours; it is not found by account, so neither exported nor erased with one, and outlives no retry of the stream",
  },
  NewPasswordChallenge: {
    about: 'nobody',
    why: 'a hash of the Cognito session and of the e-mail address of an invited account signing in for the first time; used up at once, gone by TTL within five minutes',
  },
  Need: { about: 'nobody', why: 'a need posted by a quarter: title, place, schedule; names no volunteer' },
  Import: {
    about: 'nobody',
    why: "a spreadsheet import's record: owner (a manager) and who confirmed it (id and roles, for the audit), counts, state, the file's SHA-256 and the account ids whose invitation is still to be sent; names no one by name or address, gone by TTL within a day",
  },
  ImportRows: {
    about: 'nobody',
    why: "the rows a dry run checked (names, addresses, consent days of many people at once), staged until the import job writes them into each person's profile: deleted by the job, else by TTL within a day (an hour after which they can no longer be confirmed); the person's own data then lives in their profile, exported and erased with it",
  },
  AutoCoverNeed: {
    about: 'nobody',
    why: "the sweep's list of needs with automatic cover (need id and last date); names no volunteer, gone by TTL after the need's last date",
  },
  Initiative: { about: 'nobody', why: 'an organisation (name), not a person' },
  InitiativeLink: { about: 'nobody', why: 'links an initiative to a need' },
  CatalogEntry: { about: 'nobody', why: 'quarters, venues and skills' },
  NeedEvent: {
    about: 'nobody',
    why: "a manager's edit, cancellation or message on a need, in the need's partition: the manager's account id (as a need's createdBy), the changed field names, the manager's own reason or text and the audience as a group; it names no volunteer by key (whoever gets it is resolved when mailing), so it is neither exported nor erased with a volunteer",
  },
  NeedMessage: {
    about: 'nobody',
    why: "a message's idempotency record (message id, the key of its event) in the need's partition",
  },
  // Notifications (issue 9, notifier)
  StaffQuarter: {
    about: 'staff',
    export: 'staffAssignment',
    erasure: 'by-admins',
    how: "STAFF#<sub>/MANAGES#<q>: index copy of the assignment's quarters (who manages a quarter), written and removed with it",
  },
  Delivery: {
    about: 'nobody',
    why: 'marks one notification e-mail as sent (event key and the pseudonymous account id, status); no address, name or text; gone by TTL after 90 days and not findable by account',
  },
  // Calendar feeds (issue 9, D)
  CalendarFeed: {
    about: 'volunteer',
    export: 'calendarFeed',
    erasure: 'deleted',
    how: 'FEED#<token>: whose feed, its audience and language; found through the pointer; exported without the token (a credential); deleted with the pointer in one transaction (calendarFeeds.deleteAllOf)',
  },
  CalendarFeedPointer: {
    about: 'volunteer',
    export: 'calendarFeed',
    erasure: 'deleted',
    how: 'USER#<sub>/CALENDAR: the current feed token; deleted with the feed in one transaction (calendarFeeds.deleteAllOf)',
  },
  // Scheduled notices (helper C). Both name a volunteer only by their pseudonymous id, never by name or address.
  DueNotice: {
    about: 'nobody',
    why: "a schedule entry (kind, need, date, the volunteer's id): a match's reminders (every date) and invitation warning are deleted when releaseAll withdraws or declines it at erasure; what may remain (a reminder caught up within 24 h of a date) is gone by TTL 3 days after it was due",
  },
  Notice: {
    about: 'nobody',
    why: "marks a scheduled notice as fired (kind, need, date, the volunteer's id) so it is sent once; gone by TTL 30 days after firing",
  },
  JobCursor: { about: 'nobody', why: 'the notice job’s position in time' },
  NotificationSettings: {
    about: 'volunteer',
    export: 'notifications',
    erasure: 'deleted',
    how: "USER#<sub>/NOTIFICATIONS: e-mail language and the optional kinds switched off (volunteers' and staff's alike); exported without the unsubscribe secret; deleted by the erasure together with its UnsubscribeToken (notificationSettings.delete)",
  },
  UnsubscribeToken: {
    about: 'volunteer',
    export: 'notifications',
    erasure: 'deleted',
    how: 'UNSUBSCRIBE#<token>: the lookup of a one-click unsubscribe link, naming the person; found through the token on their settings item and deleted in one transaction with it',
  },
  StatisticsMonth: {
    about: 'nobody',
    why: 'counters of one quarter in one month (hours, dates, needs, people per language): numbers only, no ids; people counts under 5 are never shown',
  },
  StatisticsVolunteer: {
    about: 'volunteer',
    export: 'commitments',
    erasure: 'deleted',
    how: 'what the volunteer contributed to the statistics counters (dates, minutes, languages per quarter and month), in the volunteer partition; deleted with it, the counters keep the numbers',
  },
  StatisticsNeed: {
    about: 'nobody',
    why: 'what a need contributed to the statistics counters and when it was published and filled: facts of the need, no person',
  },
} as const satisfies Record<string, ItemTypePolicy>;

export type ItemType = keyof typeof ITEM_TYPES;

export const isItemType = (value: unknown): value is ItemType =>
  typeof value === 'string' && Object.hasOwn(ITEM_TYPES, value);

/** Types that hold data about a volunteer and are present outside an erasure. */
export function volunteerItemTypes(): ItemType[] {
  return (Object.keys(ITEM_TYPES) as ItemType[]).filter((type) => {
    const policy: ItemTypePolicy = ITEM_TYPES[type];
    return policy.about === 'volunteer' && !('transient' in policy && policy.transient);
  });
}
