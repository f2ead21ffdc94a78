/**
 * The statistics of chosen quarters over a period of months, for admins (any quarter) and
 * managers (their own). Reads the counter items only: quarters × months plus the months of `*`
 * (checks due of volunteers of every quarter), one BatchGetItem per 100, however large the city.
 */

import type { Caller } from '../auth/caller.ts';
import { hasRole } from '../auth/caller.ts';
import { managedQuarters } from '../auth/staff-access.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import { ForbiddenError, NotYourQuarterError } from '../errors/index.ts';
import { addMonths } from '../time/calendar.ts';
import { type MonthStatistics, monthStatistics } from './month-statistics.ts';
import type { StatisticsRepository } from './statistics-repository.ts';

/** The longest period a report covers. */
export const MAX_MONTHS = 24;

/** Every quarter's volunteers' checks are counted under this quarter id. */
const EVERY_QUARTER = '*';

export interface QuarterStatistics {
  quarterId: string;
  months: MonthStatistics[];
}

export interface StatisticsServiceDeps {
  repository: StatisticsRepository;
  staff: StaffRepository;
}

/** The months from `from` to `to` (`YYYY-MM`, both included). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to && months.length <= MAX_MONTHS; month = addMonths(`${month}-01`, 1).slice(0, 7))
    months.push(month);
  return months;
}

export class StatisticsService {
  constructor(private readonly deps: StatisticsServiceDeps) {}

  /** The counters' repository (its `itemsRead` shows that a report reads a bounded number of items). */
  get repository(): StatisticsRepository {
    return this.deps.repository;
  }

  /** The quarters the caller may see statistics of (`'all'` for admins); 403 for other roles. */
  async quartersOf(caller: Caller): Promise<'all' | string[]> {
    if (!hasRole(caller, 'manager') && !hasRole(caller, 'admin')) throw new ForbiddenError('Staff only');
    return managedQuarters(this.deps.staff, caller);
  }

  /**
   * Each quarter's months from `from` to `to` as at `now` (counts due later are not yet summed;
   * people counts under 5 suppressed). Managers may ask for their own quarters only.
   */
  async report(
    caller: Caller,
    quarterIds: readonly string[],
    from: string,
    to: string,
    now: Date,
  ): Promise<QuarterStatistics[]> {
    const allowed = await this.quartersOf(caller);
    if (allowed !== 'all' && quarterIds.some((id) => !allowed.includes(id))) throw new NotYourQuarterError();
    const months = monthsBetween(from, to);
    const cells = [...quarterIds, EVERY_QUARTER].flatMap((quarterId) => months.map((month) => ({ quarterId, month })));
    const counters = await this.deps.repository.months(cells);
    const everyQuarter = (month: string) => counters.get(`${EVERY_QUARTER}/${month}`)?.checksDue ?? 0;
    return quarterIds.map((quarterId) => ({
      quarterId,
      months: months.map((month) =>
        monthStatistics(month, counters.get(`${quarterId}/${month}`) ?? {}, now, everyQuarter(month)),
      ),
    }));
  }
}
