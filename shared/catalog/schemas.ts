import * as z from 'zod/mini';
import { meta } from '../http/zod.ts';
import { LANGUAGE_CODES, LANGUAGE_LEVELS } from './languages.ts';

/** Lower-case slug used as the id of quarters, venues and skills. */
export const Slug = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and dashes'), z.maxLength(60));

export const Quarter = meta(
  z.object({
    id: Slug,
    name: z.string().check(z.minLength(1), z.maxLength(80)),
    district: z.string().check(z.minLength(1), z.maxLength(80)),
    programme: z.enum(['integration-nrw', 'soziale-stadt']),
  }),
  { id: 'Quarter', description: 'A city quarter where help is organised.' },
);
export type Quarter = z.infer<typeof Quarter>;

export const Address = meta(
  z.strictObject({
    street: meta(z.string().check(z.trim(), z.minLength(3), z.maxLength(120)), {
      description: 'Street and house number',
    }),
    postcode: z.string().check(z.trim(), z.regex(/^\d{5}$/, 'Five digits')),
    city: z.string().check(z.trim(), z.minLength(2), z.maxLength(80)),
  }),
  { id: 'Address', description: 'A postal address in Germany' },
);
export type Address = z.infer<typeof Address>;

export const Venue = meta(
  z.object({
    id: Slug,
    quarterId: Slug,
    name: z.string().check(z.minLength(1), z.maxLength(120)),
    // Optional: entries written before venues had addresses have none until an admin adds one.
    address: z.optional(Address),
  }),
  { id: 'Venue', description: 'A place in a quarter where help happens, with its address.' },
);
export type Venue = z.infer<typeof Venue>;

export const Skill = meta(
  z.object({
    id: Slug,
    de: z.string().check(z.minLength(1), z.maxLength(80)),
    en: z.string().check(z.minLength(1), z.maxLength(80)),
  }),
  { id: 'Skill', description: 'An entry of the skill catalogue, named in German and English.' },
);
export type Skill = z.infer<typeof Skill>;

export const LanguageCode = meta(z.enum(LANGUAGE_CODES), { description: 'ISO 639 language code' });
export type LanguageCode = z.infer<typeof LanguageCode>;
export const LanguageLevel = meta(z.enum(LANGUAGE_LEVELS), { description: 'CEFR level or native' });
export type LanguageLevel = z.infer<typeof LanguageLevel>;

export const Language = meta(z.object({ code: LanguageCode, de: z.string(), en: z.string() }), {
  id: 'Language',
  description: 'A language volunteers can offer.',
});

/**
 * What is offered: active quarters, venues and skills. Retired entries are kept apart so that
 * every list built from the catalogue offers only active ones, while names and the validation
 * of existing profiles and needs still find them.
 */
export interface Catalog {
  quarters: Quarter[];
  venues: Venue[];
  skills: Skill[];
  /** Entries an admin retired: no longer offered, still known for data that has them. */
  retired?: { quarters: Quarter[]; venues: Venue[]; skills: Skill[] };
}
