import * as z from 'zod/mini';
import { meta } from '../http/zod.ts';
import {
  MAIL_LANGUAGES,
  NOTIFICATION_KINDS,
  type NotificationKind,
  OPTIONAL_KINDS,
  type OptionalKind,
} from './kinds.ts';

const OptionalKindSchema = z.enum(OPTIONAL_KINDS as [OptionalKind, ...OptionalKind[]]);
const KindSchema = z.enum(Object.keys(NOTIFICATION_KINDS) as [NotificationKind, ...NotificationKind[]]);
const Language = meta(z.enum(MAIL_LANGUAGES), { description: "Absent: the account's language, else German" });

/** The body of `PUT /api/me/notification-settings`: the whole choice, based on the version last read. */
export const NotificationSettingsInput = meta(
  z.strictObject({
    language: z.optional(Language),
    optOut: meta(
      z.array(OptionalKindSchema).check(
        z.maxLength(OPTIONAL_KINDS.length),
        z.superRefine((kinds, ctx) => {
          kinds.forEach((kind, index) => {
            if (kinds.indexOf(kind) !== index)
              ctx.addIssue({
                code: 'custom',
                path: [index],
                message: 'Listed twice',
                params: { code: 'duplicate_kind' },
              });
          });
        }),
      ),
      { description: 'Optional kinds switched off; only those offered to the caller (optionalKinds)' },
    ),
    version: meta(z.number().check(z.int(), z.gte(0), z.lte(1_000_000_000)), {
      description: 'The version last read; 0 if never saved',
    }),
  }),
  { id: 'NotificationSettingsInput' },
);
export type NotificationSettingsInput = z.infer<typeof NotificationSettingsInput>;

/** The caller's notification settings, with what their role is offered and always sent. */
export const NotificationSettingsView = meta(
  z.object({
    language: z.optional(Language),
    optOut: z.array(OptionalKindSchema),
    version: z.number().check(z.int()),
    updatedAt: z.optional(z.string()),
    optionalKinds: meta(z.array(OptionalKindSchema), { description: 'The kinds the caller may switch off' }),
    alwaysSentKinds: meta(z.array(KindSchema), { description: 'The kinds the caller always gets' }),
  }),
  { id: 'NotificationSettings' },
);
export type NotificationSettingsView = z.infer<typeof NotificationSettingsView>;
