import * as z from 'zod';
import { LanguageCode, Slug } from '../catalog/schemas.ts';

const SearchText = z.string().trim().max(80);

/** The managers' volunteer search: quarter, name prefix, skill, language, the cursor of the next page. */
export const VolunteerSearchQuery = z
  .object({
    quarter: Slug.optional().meta({ description: "One of the caller's quarters; default: all of them" }),
    q: SearchText.optional().meta({ description: 'Start of the first name (or "first last"), any case and accents' }),
    skill: Slug.optional(),
    language: LanguageCode.optional(),
    limit: z
      .string()
      .regex(/^(?:[1-9]|[1-4]\d|50)$/)
      .optional()
      .meta({ description: 'Volunteers per page, 1–50 (default 20)' }),
    next: z
      .string()
      .max(2000)
      .regex(/^[A-Za-z0-9_-]+$/)
      .optional()
      .meta({ description: 'The `next` of the previous page (opaque)' }),
  })
  .strict();

export const DirectoryVolunteer = z
  .object({
    volunteerId: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    skills: z.array(z.string()),
    languageCodes: z.array(z.string()),
    quarters: z.union([z.literal('all'), z.array(z.string())]),
    paused: z.boolean(),
  })
  .meta({ id: 'DirectoryVolunteer', description: "A volunteer as the managers' search lists them" });
