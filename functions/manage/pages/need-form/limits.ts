import { NeedInput } from '../../../../shared/needs/schemas.ts';
import { maxLengths } from '../../../../shared/web/max-length.ts';

/** The text fields' limits, as the schema sets them. */
export const LIMITS = maxLengths(NeedInput);
