import * as z from 'zod/mini';
import { LanguageCode, Slug } from '../catalog/schemas.ts';
import { meta } from '../http/zod.ts';

const SearchText = z.string().check(z.trim(), z.maxLength(80));

/** The managers' volunteer search: quarter, name prefix, skill, language, the cursor of the next page. */
export const VolunteerSearchQuery = z.strictObject({
  quarter: meta(z.optional(Slug), { description: "One of the caller's quarters; default: all of them" }),
  q: meta(z.optional(SearchText), { description: 'Start of the first name (or "first last"), any case and accents' }),
  skill: z.optional(Slug),
  language: z.optional(LanguageCode),
  limit: meta(z.optional(z.string().check(z.regex(/^(?:[1-9]|[1-4]\d|50)$/))), {
    description: 'Volunteers per page, 1–50 (default 20)',
  }),
  next: meta(z.optional(z.string().check(z.maxLength(2000), z.regex(/^[A-Za-z0-9_-]+$/))), {
    description: 'The `next` of the previous page (opaque)',
  }),
});

export const DirectoryVolunteer = meta(
  z.object({
    volunteerId: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    skills: z.array(z.string()),
    languageCodes: z.array(z.string()),
    quarters: z.union([z.literal('all'), z.array(z.string())]),
    paused: z.boolean(),
  }),
  { id: 'DirectoryVolunteer', description: "A volunteer as the managers' search lists them" },
);
