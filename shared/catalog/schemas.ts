import * as z from 'zod';
import { LANGUAGE_CODES, LANGUAGE_LEVELS } from './languages.ts';

/** Lower-case slug used as the id of quarters, venues and skills. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and dashes')
  .max(60);

export const Quarter = z
  .object({
    id: Slug,
    name: z.string().min(1).max(80),
    district: z.string().min(1).max(80),
    programme: z.enum(['integration-nrw', 'soziale-stadt']),
  })
  .meta({ id: 'Quarter', description: 'A city quarter where help is organised.' });
export type Quarter = z.infer<typeof Quarter>;

export const Address = z
  .object({
    street: z.string().trim().min(3).max(120).meta({ description: 'Street and house number' }),
    postcode: z
      .string()
      .trim()
      .regex(/^\d{5}$/, 'Five digits'),
    city: z.string().trim().min(2).max(80),
  })
  .strict()
  .meta({ id: 'Address', description: 'A postal address in Germany' });
export type Address = z.infer<typeof Address>;

export const Venue = z
  .object({
    id: Slug,
    quarterId: Slug,
    name: z.string().min(1).max(120),
    // Optional: entries written before venues had addresses have none until an admin adds one.
    address: Address.optional(),
  })
  .meta({ id: 'Venue', description: 'A place in a quarter where help happens, with its address.' });
export type Venue = z.infer<typeof Venue>;

export const Skill = z
  .object({ id: Slug, de: z.string().min(1).max(80), en: z.string().min(1).max(80) })
  .meta({ id: 'Skill', description: 'An entry of the skill catalogue, named in German and English.' });
export type Skill = z.infer<typeof Skill>;

export const LanguageCode = z.enum(LANGUAGE_CODES).meta({ description: 'ISO 639 language code' });
export type LanguageCode = z.infer<typeof LanguageCode>;
export const LanguageLevel = z.enum(LANGUAGE_LEVELS).meta({ description: 'CEFR level or native' });
export type LanguageLevel = z.infer<typeof LanguageLevel>;

export const Language = z
  .object({ code: LanguageCode, de: z.string(), en: z.string() })
  .meta({ id: 'Language', description: 'A language volunteers can offer.' });

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
