import type { Caller } from '../../../../shared/auth/caller.ts';
import type { CalendarFeed } from '../../../../shared/calendar/feed-repository.ts';
import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import type { NeedsServices } from '../../services.ts';

export interface ManageListData {
  catalog: Catalog;
  needs: Need[];
  /** The manager's calendar feed, when made. */
  feed: CalendarFeed | undefined;
  /** The quarters the caller may export (admins: every active one). */
  quarters: string[];
}

/** The needs of the manager's quarters and their calendar feed. */
export async function loadManageList(services: NeedsServices, caller: Caller): Promise<ManageListData> {
  const catalog = await services.catalog.get(services.clock().getTime());
  const [needs, feed, quarters] = await Promise.all([
    services.needs.listManaged(caller, catalog),
    services.calendarFeeds.current(caller),
    services.desk.quartersOf(
      caller,
      catalog.quarters.map((quarter) => quarter.id),
    ),
  ]);
  return { catalog, needs, feed, quarters };
}
