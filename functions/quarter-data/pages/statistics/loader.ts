import * as z from 'zod/mini';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import { Slug } from '../../../../shared/catalog/schemas.ts';
import type { FieldIssue } from '../../../../shared/errors/index.ts';
import { toFieldIssues } from '../../../../shared/http/issues.ts';
import { periodChecks, type QuarterStatistics, StatisticsMonth } from '../../../../shared/statistics/index.ts';
import { addMonths, berlinDate } from '../../../../shared/time/calendar.ts';
import type { QuarterDataServices } from '../../services.ts';

/** The form of the statistics page (GET): quarters, a period, and the print view. */
export const StatisticsPageQuery = z
  .strictObject({
    quarter: z.array(Slug).check(z.minLength(1), z.maxLength(20)),
    from: StatisticsMonth,
    to: StatisticsMonth,
    print: z.optional(z.enum(['1'])),
  })
  .check(z.superRefine(periodChecks));

export interface StatisticsForm {
  quarters: string[];
  from: string;
  to: string;
}

export interface StatisticsPageData {
  /** Where the form goes: /manage/statistics or /admin/statistics. */
  path: string;
  catalog: Catalog;
  /** The quarters the caller may choose. */
  offered: string[];
  form: StatisticsForm;
  issues: FieldIssue[];
  print: boolean;
  /** Absent until a valid period and quarters are asked for. */
  report?: QuarterStatistics[];
  /** Berlin date the figures are as of. */
  asOf: string;
}

/** The raw query: repeated `quarter`, the rest as single values (an unknown name is kept, so it is refused). */
function queryOf(url: URL): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const name of new Set(url.searchParams.keys()))
    result[name] = name === 'quarter' ? url.searchParams.getAll(name) : (url.searchParams.get(name) ?? '');
  return result;
}

/**
 * The page's data: with no query, the form with the caller's quarters (managers) and the last six
 * months; with a valid query, the report (the service refuses quarters that are not the caller's).
 */
export async function loadStatisticsPage(
  services: QuarterDataServices,
  caller: Caller,
  path: string,
  url: URL,
): Promise<StatisticsPageData> {
  const now = services.clock();
  const today = berlinDate(now);
  const catalog = await services.catalog.get(now.getTime());
  const allowed = await services.statistics.quartersOf(caller);
  const offered = allowed === 'all' ? catalog.quarters.map((quarter) => quarter.id) : allowed;
  const defaults: StatisticsForm = {
    quarters: allowed === 'all' ? [] : offered,
    from: addMonths(today, -5).slice(0, 7),
    to: today.slice(0, 7),
  };
  const base = { path, catalog, offered, asOf: today };
  const query = queryOf(url);
  if (Object.keys(query).length === 0) return { ...base, form: defaults, issues: [], print: false };
  const form: StatisticsForm = {
    quarters: Array.isArray(query.quarter) ? query.quarter : [],
    from: typeof query.from === 'string' ? query.from : '',
    to: typeof query.to === 'string' ? query.to : '',
  };
  const parsed = StatisticsPageQuery.safeParse(query);
  if (!parsed.success) return { ...base, form, issues: toFieldIssues(parsed.error.issues), print: false };
  const { quarter, from, to, print } = parsed.data;
  const report = await services.statistics.report(caller, quarter, from, to, now);
  return { ...base, form, issues: [], print: print === '1', report };
}
