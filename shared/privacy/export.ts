import * as z from 'zod';
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
export const DataExport = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    exportedAt: z.iso.datetime(),
    userId: z.string(),
    account: z
      .object({
        email: z.string().optional(),
        locale: z.string().optional(),
        createdAt: z.string().optional(),
        status: z.string().optional(),
      })
      .nullable()
      .meta({ description: 'What the user pool holds (Cognito attributes)' }),
    profile: VolunteerProfile.nullable(),
    consents: z
      .array(z.object({ version: z.string(), acceptedAt: z.string() }))
      .meta({ description: 'Every agreement to a consent text, oldest first' }),
    matches: z.array(Match.extend({ history: z.array(MatchEvent) })),
    commitments: z.array(z.unknown()).meta({ description: 'Accepted and completed work, with every date' }),
    safeguarding: SafeguardingCheck.nullable(),
    sessions: z
      .array(z.object({ createdAt: z.string(), expiresAt: z.string() }))
      .meta({ description: 'Web sessions: times only' }),
    notifications: z.array(z.unknown()),
    activity: z.object({ lastSignInAt: z.string(), remindedAt: z.string().optional() }).nullable(),
    staffAssignment: z.object({ quarters: z.array(z.string()), initiativeId: z.string().optional() }).nullable(),
    rolesSetByAdmin: z
      .array(z.string())
      .nullable()
      .meta({ description: 'The roles an admin last gave the account, if an admin ever changed them' }),
    auditEntries: z.array(z.unknown()).meta({ description: 'Who read or changed data about me, and when' }),
    calendarFeed: z
      .object({ audience: z.enum(['volunteer', 'manager']), language: z.enum(LANGS), createdAt: z.string() })
      .nullable()
      .meta({ description: 'My calendar feed, if I made one (its secret address is not exported)' }),
    storedItems: z
      .record(z.string(), z.number().int())
      .meta({ description: 'How many items of each type the table holds about me (derived copies included)' }),
  })
  .meta({ id: 'DataExport', description: 'Everything held about the caller (GDPR Art. 15, 20)' });
export type DataExport = z.infer<typeof DataExport>;
