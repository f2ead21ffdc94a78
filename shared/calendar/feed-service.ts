import { type Caller, hasRole } from '../auth/caller.ts';
import type { SessionRepository } from '../auth/session-repository.ts';
import { managedQuarters } from '../auth/staff-access.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import type { CatalogCache } from '../catalog/catalog-cache.ts';
import type { MatchRepository } from '../matches/match-repository.ts';
import { occurrences } from '../matching/occurrences.ts';
import type { NeedRepository } from '../needs/need-repository.ts';
import { berlinDate } from '../time/calendar.ts';
import { catalogNames } from '../web/format.ts';
import { translator } from '../web/i18n.ts';
import type { buildCalendar } from './build-calendar.ts';
import { type FeedContext, keepCancelled } from './feed-context.ts';
import type { CalendarFeed } from './feed-repository.ts';
import { CalendarFeedUrls, type CalendarFeedUrlsDeps } from './feed-urls.ts';
import { managerFeedEvents } from './manager-feed.ts';
import { type Commitment, volunteerFeedEvents } from './volunteer-feed.ts';

// Where they were first: their users import them from here.
export { audienceOf, feedUrl } from './feed-urls.ts';

export interface CalendarFeedServiceDeps extends CalendarFeedUrlsDeps {
  needs: NeedRepository;
  matches: MatchRepository;
  staff: StaffRepository;
  sessions: Pick<SessionRepository, 'storedRoles'>;
  catalog: CatalogCache;
  /**
   * Writes the iCalendar text (./build-calendar.ts, with ical-generator): wired only by the
   * function that serves feeds (calendar) and the local platform, so the others do not bundle it.
   */
  build?: typeof buildCalendar | undefined;
}

/**
 * Personal iCalendar feeds behind secret URLs: the URLs ({@link CalendarFeedUrls}), and the feed
 * itself built on each fetch from the needs and matches as they are now.
 */
export class CalendarFeedService extends CalendarFeedUrls {
  constructor(protected override readonly deps: CalendarFeedServiceDeps) {
    super(deps);
  }

  /**
   * The feed of a token as iCalendar text; undefined when no such feed exists (never made,
   * renewed, erased) or its owner no longer has the role it was made for.
   */
  async render(token: string, baseUrl: string, now: Date): Promise<{ text: string; name: string } | undefined> {
    const feed = await this.deps.feeds.get(token);
    if (!feed) return undefined;
    const build = this.deps.build;
    if (!build) throw new Error('No calendar writer is wired in this function');
    const catalog = await this.deps.catalog.get(now.getTime());
    const t = translator(feed.language);
    const context: FeedContext = { t, names: catalogNames(catalog, feed.language), baseUrl, now };
    if (feed.audience === 'volunteer') {
      const name = t('calendarVolunteerName');
      return { name, text: build(name, await this.volunteerEvents(feed, context), now) };
    }
    const roles = (await this.deps.sessions.storedRoles(feed.userId))?.roles ?? feed.roles;
    const owner: Caller = { userId: feed.userId, roles };
    if (!hasRole(owner, 'manager') && !hasRole(owner, 'admin')) return undefined;
    const quarters = await managedQuarters(this.deps.staff, owner);
    const ids = quarters === 'all' ? catalog.quarters.map((quarter) => quarter.id) : quarters;
    const needs = (await Promise.all(ids.map((quarterId) => this.deps.needs.listByQuarter(quarterId)))).flat();
    const name = t('calendarManagerName');
    return { name, text: build(name, managerFeedEvents(needs, context), now) };
  }

  private async volunteerEvents(feed: CalendarFeed, context: FeedContext) {
    const matches = await this.deps.matches.listForVolunteer(feed.userId);
    const today = berlinDate(context.now);
    const relevant = matches.filter(
      (match) =>
        ['accepted', 'completed', 'no_show'].includes(match.status) ||
        (['withdrawn', 'cancelled'].includes(match.status) &&
          keepCancelled(match.updatedAt, occurrences(match.schedule).at(-1)?.date, today, context.now)),
    );
    const needs = await this.deps.needs.getMany(relevant.map((match) => match.needId));
    const commitments: Commitment[] = await Promise.all(
      relevant.map(async (match) => ({
        match,
        need: needs.get(match.needId),
        ...((match.status === 'withdrawn' || match.status === 'cancelled') && {
          wasAccepted: await this.deps.feeds.wasAccepted(match.needId, match.volunteerId),
        }),
      })),
    );
    return volunteerFeedEvents(commitments, context);
  }
}
