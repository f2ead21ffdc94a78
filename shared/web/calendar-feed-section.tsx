import type { PageContext } from './layout.tsx';
import type { MessageKey } from './messages-de.ts';

/**
 * The caller's calendar feed on their page (the volunteer's profile, the manager's overview): the
 * secret URL to subscribe to, and a button that makes one or renews it (a form post: pages work
 * without JavaScript).
 */
export function CalendarFeedSection(props: {
  page: PageContext;
  /** The feed URL, when the person has made one. */
  url: string | undefined;
  /** Where the create/renew form posts to. */
  action: string;
  intro: MessageKey;
}) {
  const { t } = props.page;
  return (
    <section aria-labelledby="h-calendar-feed">
      <h2 id="h-calendar-feed">{t('calendarFeedTitle')}</h2>
      <p>{t(props.intro)}</p>
      {props.url && (
        <p>
          <label for="calendar-feed-url">{t('calendarFeedUrl')}</label>
          <input id="calendar-feed-url" type="url" readonly value={props.url} />
          <a href={props.url}>{props.url}</a>
        </p>
      )}
      {props.url && <p class="hint">{t('calendarFeedSecret')}</p>}
      <form method="post" action={props.action}>
        <input type="hidden" name="action" value={props.url ? 'renew' : 'create'} />
        <button class={props.url ? 'secondary' : ''} type="submit">
          {t(props.url ? 'calendarFeedRenew' : 'calendarFeedCreate')}
        </button>
      </form>
    </section>
  );
}
