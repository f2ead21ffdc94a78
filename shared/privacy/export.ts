import * as z from 'zod/mini';
import { meta } from '../http/zod.ts';
import { LANGS } from '../i18n/languages.ts';
import { Match, MatchEvent } from '../matches/schemas.ts';
import { SafeguardingCheck } from '../safeguarding/schemas.ts';
import { VolunteerProfile } from '../volunteers/schemas.ts';

export const EXPORT_FORMAT = 'quartiershilfe-export/1';

/** A fixed, safe name for the download (no user data in a header). */
export const EXPORT_FILENAME = 'quartiershilfe-export.json';

/**
 * Everything held about one person (GDPR Art. 15 and 20), as readable JSON. Versioned by
 * `format`: a change of shape is a new format.
 */
export const DataExport = meta(
  z.object({
    format: z.literal(EXPORT_FORMAT),
    exportedAt: z.iso.datetime(),
    userId: z.string(),
    account: meta(
      z.nullable(
        z.object({
          email: z.optional(z.string()),
          locale: z.optional(z.string()),
          createdAt: z.optional(z.string()),
          status: z.optional(z.string()),
        }),
      ),
      { description: 'What the user pool holds (Cognito attributes)' },
    ),
    profile: z.nullable(VolunteerProfile),
    consents: meta(z.array(z.object({ version: z.string(), acceptedAt: z.string() })), {
      description: 'Every agreement to a consent text, oldest first',
    }),
    matches: z.array(z.extend(Match, { history: z.array(MatchEvent) })),
    commitments: meta(z.array(z.unknown()), { description: 'Accepted and completed work, with every date' }),
    safeguarding: z.nullable(SafeguardingCheck),
    sessions: meta(z.array(z.object({ createdAt: z.string(), expiresAt: z.string() })), {
      description: 'Web sessions: times only',
    }),
    notifications: z.array(z.unknown()),
    activity: z.nullable(z.object({ lastSignInAt: z.string(), remindedAt: z.optional(z.string()) })),
    staffAssignment: z.nullable(z.object({ quarters: z.array(z.string()), initiativeId: z.optional(z.string()) })),
    rolesSetByAdmin: meta(z.nullable(z.array(z.string())), {
      description: 'The roles an admin last gave the account, if an admin ever changed them',
    }),
    auditEntries: meta(z.array(z.unknown()), { description: 'Who read or changed data about me, and when' }),
    calendarFeed: meta(
      z.nullable(
        z.object({ audience: z.enum(['volunteer', 'manager']), language: z.enum(LANGS), createdAt: z.string() }),
      ),
      { description: 'My calendar feed, if I made one (its secret address is not exported)' },
    ),
    storedItems: meta(z.record(z.string(), z.number().check(z.int())), {
      description: 'How many items of each type the table holds about me (derived copies included)',
    }),
  }),
  { id: 'DataExport', description: 'Everything held about the caller (GDPR Art. 15, 20)' },
);
export type DataExport = z.infer<typeof DataExport>;
