import type { Context, Hono } from 'hono';
import { viaOf } from '../../shared/audit/via.ts';
import { columnTextsOf } from '../../shared/exports/columns.ts';
import { readExport } from '../../shared/exports/export-reader.ts';
import { attachmentHeader, exportFileName } from '../../shared/exports/filename.ts';
import { type ExportQuery, exportFileParts } from '../../shared/exports/schemas.ts';
import { hoursTable, type Lang, matchesTable, needsTable } from '../../shared/exports/tables.ts';
import { defineRoute } from '../../shared/http/api-route.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { requireCaller } from '../../shared/http/authenticate.ts';
import { registerApiRoute } from '../../shared/http/register-route.ts';
import { toCsv } from '../../shared/spreadsheets/csv.ts';
import type { Table } from '../../shared/spreadsheets/table.ts';
import { toXlsx } from '../../shared/spreadsheets/xlsx-writer.ts';
import { exportSpreadsheet } from './contract.ts';
import type { QuarterDataServices } from './services.ts';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The same download for pages (session, `/manage/export/<file>`): not part of the JSON API's document. */
const exportPage = defineRoute({ ...exportSpreadsheet, path: '/manage/export/{file}', operationId: 'exportPage' });

/**
 * Spreadsheet downloads of needs, matches and hours: the API route (Bearer token) and the page
 * route behind the links on /manage (session). This module alone imports the CSV and XLSX
 * writers, so they are bundled into the quarter-data function only.
 */
export function registerExportRoutes(app: Hono<AppEnv>, services: QuarterDataServices): void {
  const { clock, exportReads } = services;
  const answer = async (c: Context<AppEnv>, file: string, query: ExportQuery) => {
    const parts = exportFileParts(file);
    // The route's schema admits only the listed files; this keeps the types honest.
    if (!parts) return c.notFound();
    const { kind, format } = parts;
    const now = clock();
    const lang: Lang = c.get('lang');
    const catalog = await services.catalog.get(now.getTime());
    const data = await readExport(
      exportReads,
      requireCaller(c),
      query,
      catalog,
      { withMatches: kind !== 'needs', withNames: kind !== 'needs' },
      viaOf(c),
      now,
    );
    const name = columnTextsOf(lang)[`sheet_${kind}`];
    const table: Table =
      kind === 'needs'
        ? needsTable(
            data.needs.map(({ need }) => need),
            catalog,
            lang,
            name,
          )
        : kind === 'matches'
          ? matchesTable(data.needs, data.names, catalog, lang, name, query)
          : hoursTable(data.needs, data.names, catalog, lang, name, query, now);
    const fileName = exportFileName(kind, format, data.quarterId, query.from, query.to);
    c.header('cache-control', 'no-store');
    c.header('content-type', CONTENT_TYPES[format]);
    c.header('content-disposition', attachmentHeader(fileName));
    c.header('x-content-type-options', 'nosniff');
    if (format === 'csv') return c.body(toCsv(table), 200);
    const bytes = toXlsx(table);
    return c.body(new Uint8Array(bytes).buffer as ArrayBuffer, 200);
  };
  registerApiRoute(app, exportSpreadsheet, (c, { params, query }) => answer(c, params.file, query));
  registerApiRoute(app, exportPage, (c, { params, query }) => answer(c, params.file, query));
}
