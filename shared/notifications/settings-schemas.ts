import * as z from 'zod';
import {
  MAIL_LANGUAGES,
  NOTIFICATION_KINDS,
  type NotificationKind,
  OPTIONAL_KINDS,
  type OptionalKind,
} from './kinds.ts';

const OptionalKindSchema = z.enum(OPTIONAL_KINDS as [OptionalKind, ...OptionalKind[]]);
const KindSchema = z.enum(Object.keys(NOTIFICATION_KINDS) as [NotificationKind, ...NotificationKind[]]);
const Language = z.enum(MAIL_LANGUAGES).meta({ description: "Absent: the account's language, else German" });

/** The body of `PUT /api/me/notification-settings`: the whole choice, based on the version last read. */
export const NotificationSettingsInput = z
  .object({
    language: Language.optional(),
    optOut: z
      .array(OptionalKindSchema)
      .max(OPTIONAL_KINDS.length)
      .superRefine((kinds, ctx) => {
        kinds.forEach((kind, index) => {
          if (kinds.indexOf(kind) !== index)
            ctx.addIssue({
              code: 'custom',
              path: [index],
              message: 'Listed twice',
              params: { code: 'duplicate_kind' },
            });
        });
      })
      .meta({ description: 'Optional kinds switched off; only those offered to the caller (optionalKinds)' }),
    version: z
      .number()
      .int()
      .min(0)
      .max(1_000_000_000)
      .meta({ description: 'The version last read; 0 if never saved' }),
  })
  .strict()
  .meta({ id: 'NotificationSettingsInput' });
export type NotificationSettingsInput = z.infer<typeof NotificationSettingsInput>;

/** The caller's notification settings, with what their role is offered and always sent. */
export const NotificationSettingsView = z
  .object({
    language: Language.optional(),
    optOut: z.array(OptionalKindSchema),
    version: z.number().int(),
    updatedAt: z.string().optional(),
    optionalKinds: z.array(OptionalKindSchema).meta({ description: 'The kinds the caller may switch off' }),
    alwaysSentKinds: z.array(KindSchema).meta({ description: 'The kinds the caller always gets' }),
  })
  .meta({ id: 'NotificationSettings' });
export type NotificationSettingsView = z.infer<typeof NotificationSettingsView>;
