import * as z from 'zod/mini';
import { Slug } from '../catalog/schemas.ts';
import { meta } from '../http/zod.ts';
import { addDays } from '../time/calendar.ts';
import { IsoDate, whenFieldsValid } from '../volunteers/schemas.ts';

export const EXPORT_KINDS = ['needs', 'matches', 'hours'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Every file the export offers, `<kind>.<format>`: the path names one of these and nothing else. */
export const EXPORT_FILES = EXPORT_KINDS.flatMap((kind) =>
  EXPORT_FORMATS.map((format) => `${kind}.${format}` as const),
);
export const ExportFile = z.enum(EXPORT_FILES as [string, ...string[]]);

/** The longest period one export covers: a year (and a day, for a leap year). */
export const MAX_PERIOD_DAYS = 366;

/** Which quarter (absent: all of the caller's) and which period, Berlin days, both inclusive. */
export const ExportQuery = meta(
  z
    .strictObject({
      quarter: meta(z.optional(z.union([Slug, z.literal('')])), {
        description: "A quarter's id; absent or empty: every quarter of the caller",
      }),
      from: IsoDate,
      to: IsoDate,
    })
    .check(
      z.refine((query) => query.to >= query.from, {
        path: ['to'],
        when: whenFieldsValid({ from: IsoDate, to: IsoDate }),
        message: 'The last day must not be before the first',
        params: { code: 'until_before_from' },
      }),
      z.refine((query) => query.to <= addDays(query.from, MAX_PERIOD_DAYS - 1), {
        path: ['to'],
        when: whenFieldsValid({ from: IsoDate, to: IsoDate }),
        message: `At most ${MAX_PERIOD_DAYS} days`,
        params: { code: 'period_too_long' },
      }),
    ),
  { id: 'ExportQuery' },
);
export type ExportQuery = z.infer<typeof ExportQuery>;

/** Parses `needs.xlsx` into its two fixed parts; the literals come from the lists above, not the input. */
export function exportFileParts(file: string): { kind: ExportKind; format: ExportFormat } | undefined {
  for (const kind of EXPORT_KINDS)
    for (const format of EXPORT_FORMATS) if (file === `${kind}.${format}`) return { kind, format };
  return undefined;
}
