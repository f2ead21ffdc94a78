import { type Caller, hasRole } from '../auth/caller.ts';
import { ForbiddenError } from '../errors/index.ts';
import type { Lang } from '../web/i18n.ts';
import type { CalendarFeed, CalendarFeedRepository, FeedAudience } from './feed-repository.ts';
import { newFeedToken } from './feed-token.ts';

export interface CalendarFeedUrlsDeps {
  feeds: CalendarFeedRepository;
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
 * One's calendar feed URL: one current token per person, made on first ask, renewable (the old
 * URL stops at once). Its own module, apart from the feed's rendering ({@link CalendarFeedService}
 * extends it), so the pages that only make and renew URLs bundle none of the feed's reading.
 */
export class CalendarFeedUrls {
  constructor(protected readonly deps: CalendarFeedUrlsDeps) {}

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

  protected newFeed(caller: Caller, language: Lang, now: Date): CalendarFeed {
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
