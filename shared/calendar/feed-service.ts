import { type Caller, hasRole } from '../auth/caller.ts';
import type { SessionRepository } from '../auth/session-repository.ts';
import { managedQuarters } from '../auth/staff-access.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import type { CatalogCache } from '../catalog/catalog-cache.ts';
import { ForbiddenError } from '../errors/index.ts';
import type { MatchRepository } from '../matches/match-repository.ts';
import { occurrences } from '../matching/occurrences.ts';
import type { NeedRepository } from '../needs/need-repository.ts';
import { berlinDate } from '../time/calendar.ts';
import { catalogNames } from '../web/format.ts';
import { type Lang, translator } from '../web/i18n.ts';
import type { buildCalendar } from './build-calendar.ts';
import { type FeedContext, keepCancelled } from './feed-context.ts';
import type { CalendarFeed, CalendarFeedRepository, FeedAudience } from './feed-repository.ts';
import { newFeedToken } from './feed-token.ts';
import { managerFeedEvents } from './manager-feed.ts';
import { type Commitment, volunteerFeedEvents } from './volunteer-feed.ts';

export interface CalendarFeedServiceDeps {
  feeds: CalendarFeedRepository;
  needs: NeedRepository;
  matches: MatchRepository;
  staff: StaffRepository;
  sessions: Pick<SessionRepository, 'storedRoles'>;
  catalog: CatalogCache;
  /**
   * Writes the iCalendar text (./build-calendar.ts, with ical-generator): wired only by the
   * function that serves feeds (needs) and the local platform, so the others do not bundle it.
   */
  build?: typeof buildCalendar | undefined;
}

/** The feed a caller gets: managers and admins their quarters' needs, volunteers their commitments. */
export function audienceOf(caller: Caller): FeedAudience {
  if (hasRole(caller, 'manager') || hasRole(caller, 'admin')) return 'manager';
  if (hasRole(caller, 'volunteer')) return 'volunteer';
  throw new ForbiddenError('No calendar feed for this role');
}

/** The secret URL of a feed. */
export const feedUrl = (baseUrl: string, token: string) => `${baseUrl}/calendar/${token}.ics`;

/**
 * Personal iCalendar feeds behind secret URLs: one current token per person, renewable (the old
 * URL stops at once), and the feed itself built on each fetch from the needs and matches as they
 * are now.
 */
export class CalendarFeedService {
  constructor(private readonly deps: CalendarFeedServiceDeps) {}

  /** The caller's feed, if they have made one. */
  async current(caller: Caller): Promise<CalendarFeed | undefined> {
    audienceOf(caller);
    return this.deps.feeds.current(caller.userId);
  }

  /** The caller's feed, made now if they have none (a repeat finds the one made first). */
  async ensure(caller: Caller, language: Lang, now: Date): Promise<CalendarFeed> {
    const existing = await this.current(caller);
    if (existing) return existing;
    const feed = this.newFeed(caller, language, now);
    if (await this.deps.feeds.replace(feed, undefined)) return feed;
    const made = await this.deps.feeds.current(caller.userId);
    if (!made) throw new Error('A feed was made concurrently and is gone again');
    return made;
  }

  /** A new token in place of the current one (which stops working in the same transaction). */
  async renew(caller: Caller, language: Lang, now: Date): Promise<CalendarFeed> {
    for (let attempt = 1; ; attempt++) {
      const previous = await this.current(caller);
      const feed = this.newFeed(caller, language, now);
      if (await this.deps.feeds.replace(feed, previous)) return feed;
      // Another renew won the race: renew what it made (the caller asked for a URL nobody saw yet).
      if (attempt >= 3) throw new Error('Could not renew the calendar feed');
    }
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

  private newFeed(caller: Caller, language: Lang, now: Date): CalendarFeed {
    return {
      token: newFeedToken(),
      userId: caller.userId,
      audience: audienceOf(caller),
      roles: caller.roles,
      language,
      createdAt: now.toISOString(),
    };
  }
}
