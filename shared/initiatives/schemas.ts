import * as z from 'zod/mini';
import { meta } from '../http/zod.ts';

export const InitiativeInput = meta(
  z.strictObject({ name: z.string().check(z.trim(), z.minLength(2), z.maxLength(120)) }),
  { id: 'InitiativeInput', description: 'A refugee initiative or social provider' },
);

export const Initiative = meta(
  z.object({
    initiativeId: z.string(),
    name: z.string(),
    createdAt: z.iso.datetime(),
    version: meta(z.number().check(z.int()), { description: 'For renaming and deactivating (optimistic concurrency)' }),
    deactivatedAt: meta(z.optional(z.iso.datetime()), {
      description: 'Set while deactivated: its members see no needs, and it takes no new links or members',
    }),
  }),
  { id: 'Initiative' },
);
export type Initiative = z.infer<typeof Initiative>;

export const InitiativeUpdate = meta(
  z.strictObject({
    name: z.string().check(z.trim(), z.minLength(2), z.maxLength(120)),
    active: z.boolean(),
    version: meta(z.number().check(z.int(), z.gte(1)), { description: 'The version last read' }),
  }),
  { id: 'InitiativeUpdate', description: 'Rename an initiative, deactivate or reactivate it' },
);
export type InitiativeUpdate = z.infer<typeof InitiativeUpdate>;

export const InitiativeIdParams = z.strictObject({ initiativeId: z.uuid() });

export const ReviewInput = meta(
  z
    .strictObject({
      status: z.enum(['confirmed', 'concern']),
      reason: z.optional(z.string().check(z.trim(), z.maxLength(500))),
    })
    .check(
      z.refine((input) => input.status === 'confirmed' || (input.reason !== undefined && input.reason.length >= 3), {
        path: ['reason'],
        message: 'Say briefly what the concern is',
        params: { code: 'reason_required' },
      }),
    ),
  { id: 'ReviewInput', description: 'Confirm a match, or raise a concern with a short reason' },
);
export type ReviewInput = z.infer<typeof ReviewInput>;

/** What an initiative member sees of an accepted match: first name and languages, nothing else. */
export const InitiativeMatchView = meta(
  z.object({
    volunteerId: z.string(),
    firstName: z.string(),
    languages: z.array(z.object({ code: z.string(), level: z.string() })),
    review: z.optional(
      z.object({ status: z.enum(['confirmed', 'concern']), reason: z.optional(z.string()), at: z.string() }),
    ),
  }),
  { id: 'InitiativeMatchView' },
);

export const InitiativeNeedView = meta(
  z.object({
    needId: z.string(),
    title: z.string(),
    quarterId: z.string(),
    venueId: z.string(),
    schedule: z.unknown(),
    status: z.string(),
    places: z.number(),
    acceptedCount: z.number(),
    matches: z.array(InitiativeMatchView),
  }),
  { id: 'InitiativeNeedView' },
);
export type InitiativeNeedView = z.infer<typeof InitiativeNeedView>;
