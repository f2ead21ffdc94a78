import * as z from 'zod';

export const InitiativeInput = z
  .object({ name: z.string().trim().min(2).max(120) })
  .strict()
  .meta({ id: 'InitiativeInput', description: 'A refugee initiative or social provider' });

export const Initiative = z
  .object({
    initiativeId: z.string(),
    name: z.string(),
    createdAt: z.iso.datetime(),
    version: z.number().int().meta({ description: 'For renaming and deactivating (optimistic concurrency)' }),
    deactivatedAt: z.iso
      .datetime()
      .optional()
      .meta({ description: 'Set while deactivated: its members see no needs, and it takes no new links or members' }),
  })
  .meta({ id: 'Initiative' });
export type Initiative = z.infer<typeof Initiative>;

export const InitiativeUpdate = z
  .object({
    name: z.string().trim().min(2).max(120),
    active: z.boolean(),
    version: z.number().int().min(1).meta({ description: 'The version last read' }),
  })
  .strict()
  .meta({ id: 'InitiativeUpdate', description: 'Rename an initiative, deactivate or reactivate it' });
export type InitiativeUpdate = z.infer<typeof InitiativeUpdate>;

export const InitiativeIdParams = z.object({ initiativeId: z.uuid() }).strict();

export const ReviewInput = z
  .object({
    status: z.enum(['confirmed', 'concern']),
    reason: z.string().trim().max(500).optional(),
  })
  .strict()
  .refine((input) => input.status === 'confirmed' || (input.reason !== undefined && input.reason.length >= 3), {
    path: ['reason'],
    message: 'Say briefly what the concern is',
    params: { code: 'reason_required' },
  })
  .meta({ id: 'ReviewInput', description: 'Confirm a match, or raise a concern with a short reason' });
export type ReviewInput = z.infer<typeof ReviewInput>;

/** What an initiative member sees of an accepted match: first name and languages, nothing else. */
export const InitiativeMatchView = z
  .object({
    volunteerId: z.string(),
    firstName: z.string(),
    languages: z.array(z.object({ code: z.string(), level: z.string() })),
    review: z
      .object({ status: z.enum(['confirmed', 'concern']), reason: z.string().optional(), at: z.string() })
      .optional(),
  })
  .meta({ id: 'InitiativeMatchView' });

export const InitiativeNeedView = z
  .object({
    needId: z.string(),
    title: z.string(),
    quarterId: z.string(),
    venueId: z.string(),
    schedule: z.unknown(),
    status: z.string(),
    places: z.number(),
    acceptedCount: z.number(),
    matches: z.array(InitiativeMatchView),
  })
  .meta({ id: 'InitiativeNeedView' });
export type InitiativeNeedView = z.infer<typeof InitiativeNeedView>;
