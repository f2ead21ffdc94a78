import { isCalendarDate } from '../time/calendar.ts';
import type { ExportFormat, ExportKind } from './schemas.ts';
import { EXPORT_FORMATS, EXPORT_KINDS } from './schemas.ts';

const SAFE_ID = /^[a-z0-9-]{1,40}$/;

/**
 * The download's file name, from fixed parts only: the kind and format as this module spells
 * them, a quarter id the catalogue knows (and that is a plain slug), and two validated dates,
 * e.g. `quartiershilfe-hours-nordstadt-2026-01-01-2026-03-31.xlsx`. Anything else throws: a
 * header value is never built from raw input.
 */
export function exportFileName(
  kind: ExportKind,
  format: ExportFormat,
  quarterId: string | undefined,
  from: string,
  to: string,
): string {
  const fixedKind = EXPORT_KINDS.find((known) => known === kind);
  const fixedFormat = EXPORT_FORMATS.find((known) => known === format);
  if (!fixedKind || !fixedFormat) throw new Error('Unknown export');
  if (quarterId !== undefined && !SAFE_ID.test(quarterId)) throw new Error('Quarter id is no slug');
  if (!isCalendarDate(from) || !isCalendarDate(to)) throw new Error('Dates are not dates');
  return `quartiershilfe-${fixedKind}-${quarterId ?? 'all'}-${from}-${to}.${fixedFormat}`;
}

/** The Content-Disposition of an export: an attachment with the name above (plain ASCII, no quoting needed). */
export function attachmentHeader(fileName: string): string {
  if (!/^[a-z0-9.-]+$/.test(fileName)) throw new Error('Unsafe file name');
  return `attachment; filename="${fileName}"`;
}
