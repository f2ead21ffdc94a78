import * as z from 'zod/mini';
import { meta } from '../http/zod.ts';
import { IsoDate, whenFieldsValid } from '../volunteers/schemas.ts';

const issue = (code: string, message: string) => ({ message, params: { code } });

/**
 * The only facts about an extended police certificate (§72a SGB VIII) that may be stored: that
 * it was inspected (when, by whom), its issue date, and whether it shows a relevant conviction.
 * Never the document or anything else from it.
 */
export const SafeguardingInput = meta(
  z.strictObject({ inspectedOn: IsoDate, issuedOn: IsoDate, relevantConviction: z.boolean() }).check(
    z.refine((input) => input.issuedOn <= input.inspectedOn, {
      path: ['issuedOn'],
      // Judged whenever both dates are valid, so a form shows it beside its other errors.
      when: whenFieldsValid({ inspectedOn: IsoDate, issuedOn: IsoDate }),
      ...issue('issued_after_inspection', 'The certificate cannot be issued after the inspection'),
    }),
  ),
  { id: 'SafeguardingInput' },
);
export type SafeguardingInput = z.infer<typeof SafeguardingInput>;

export const SafeguardingCheck = meta(
  z.object({
    volunteerId: z.string(),
    inspectedOn: IsoDate,
    issuedOn: IsoDate,
    relevantConviction: z.boolean(),
    inspectedBy: z.string(),
    recordedAt: z.iso.datetime(),
    /** When the facts are deleted (epoch seconds; extended by activity with minors). */
    expiresAt: z.number().check(z.int()),
  }),
  { id: 'SafeguardingCheck' },
);
export type SafeguardingCheck = z.infer<typeof SafeguardingCheck>;
