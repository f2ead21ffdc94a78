import * as z from 'zod/mini';
import { meta } from '../http/zod.ts';
import { Address, Quarter, Skill, Slug, Venue } from './schemas.ts';

/** An entry of the catalogue as admins see it: whether it is retired, and its version for edits. */
export type Versioned<T> = T & { retired: boolean; version: number };

export interface CatalogEntries {
  quarters: Versioned<Quarter>[];
  venues: Versioned<Venue>[];
  skills: Versioned<Skill>[];
}

export type CatalogEntry =
  | { kind: 'quarter'; value: Quarter }
  | { kind: 'venue'; value: Venue }
  | { kind: 'skill'; value: Skill };

export type CatalogKind = CatalogEntry['kind'];

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const Version = meta(z.number().check(z.int(), z.gte(1)), {
  description: 'The version last read (optimistic concurrency)',
});
const Retired = meta(z.boolean(), {
  description: 'Retired: no longer offered for new choices; existing data keeps it',
});

const quarterFields = { name: text(80), district: text(80), programme: Quarter.shape.programme };
const venueFields = { name: text(120), address: Address };
const skillFields = { de: text(80), en: text(80) };

/** New quarter; the id is made from the name unless given. */
export const QuarterInput = meta(z.strictObject({ id: z.optional(Slug), ...quarterFields }), { id: 'QuarterInput' });
export type QuarterInput = z.infer<typeof QuarterInput>;
export const QuarterUpdate = meta(z.strictObject({ ...quarterFields, retired: Retired, version: Version }), {
  id: 'QuarterUpdate',
});
export type QuarterUpdate = z.infer<typeof QuarterUpdate>;

/** New venue in a quarter (the quarter is fixed: needs that name the venue lie in it). */
export const VenueInput = meta(z.strictObject({ id: z.optional(Slug), quarterId: Slug, ...venueFields }), {
  id: 'VenueInput',
});
export type VenueInput = z.infer<typeof VenueInput>;
export const VenueUpdate = meta(z.strictObject({ ...venueFields, retired: Retired, version: Version }), {
  id: 'VenueUpdate',
});
export type VenueUpdate = z.infer<typeof VenueUpdate>;

/** New skill, named in German and English; the id is made from the English name unless given. */
export const SkillInput = meta(z.strictObject({ id: z.optional(Slug), ...skillFields }), { id: 'SkillInput' });
export type SkillInput = z.infer<typeof SkillInput>;
export const SkillUpdate = meta(z.strictObject({ ...skillFields, retired: Retired, version: Version }), {
  id: 'SkillUpdate',
});
export type SkillUpdate = z.infer<typeof SkillUpdate>;

const admin = { retired: z.boolean(), version: z.number().check(z.int()) };
export const CatalogEntriesView = meta(
  z.object({
    quarters: z.array(z.extend(Quarter, admin)),
    venues: z.array(z.extend(Venue, admin)),
    skills: z.array(z.extend(Skill, admin)),
  }),
  { id: 'CatalogEntries', description: 'Every catalogue entry, retired ones too, with its version' },
);

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * A slug for an id from a name: "Stadtteiltreff Gathe (Café)" → `stadtteiltreff-gathe-cafe`.
 * Empty when the name has no letters or digits at all.
 */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => TRANSLITERATION[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
