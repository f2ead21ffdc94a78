import type { Caller } from '../../../../shared/auth/caller.ts';
import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import { mondayOf, type WeekDate, weekStart } from '../../../../shared/manager-desk/week.ts';
import { IsoDate } from '../../../../shared/volunteers/schemas.ts';
import type { ManageServices } from '../../services.ts';

export interface WeekPageData {
  monday: string;
  sunday: string;
  dates: WeekDate[];
  catalog: Catalog;
}

/** `from` as asked: a real date that is a Monday, else undefined (the page answers 400). */
export function mondayFrom(from: string | undefined): string | undefined | 'invalid' {
  if (from === undefined || from === '') return undefined;
  if (!IsoDate.safeParse(from).success || mondayOf(from) !== from) return 'invalid';
  return from;
}

/** The week's dates of every need of the manager's quarters (ManagerDesk.week: by key). */
export async function loadWeekPage(
  services: ManageServices,
  caller: Caller,
  from: string | undefined,
): Promise<WeekPageData> {
  const now = services.clock();
  const catalog = await services.catalog.get(now.getTime());
  const all = catalog.quarters.map((quarter) => quarter.id);
  const week = await services.desk.week(caller, weekStart(from, now), all, now);
  return { monday: week.monday, sunday: week.sunday, dates: week.dates, catalog };
}
