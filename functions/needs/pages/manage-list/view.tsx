import type { Hono } from 'hono';
import { feedUrl } from '../../../../shared/calendar/index.ts';
import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import type { Need, NeedStatus } from '../../../../shared/needs/schemas.ts';
import type { Services } from '../../../../shared/platform/services.ts';
import { CalendarFeedSection } from '../../../../shared/web/calendar-feed-section.tsx';
import { Notice } from '../../../../shared/web/form.tsx';
import { catalogNames, fillText, firstDate, scheduleText } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { NotificationSettingsLink } from '../../../../shared/web/settings-link.tsx';
import { baseUrlOf } from '../../calendar-routes.ts';
import { managerCaller } from '../common/access.ts';

/** Sections of the list, most urgent first; closed and cancelled needs are folded away. */
const SECTIONS: { statuses: NeedStatus[]; key: 'manageOpen' | 'manageDrafts' | 'manageFilled' | 'manageDone' }[] = [
  { statuses: ['open'], key: 'manageOpen' },
  { statuses: ['draft'], key: 'manageDrafts' },
  { statuses: ['filled'], key: 'manageFilled' },
  { statuses: ['closed', 'cancelled'], key: 'manageDone' },
];

function NeedList(props: { page: PageContext; catalog: Catalog; needs: Need[] }) {
  const { t, lang } = props.page;
  const names = catalogNames(props.catalog, lang);
  return (
    <ul class="cards">
      {props.needs.map((need) => (
        <li>
          <h3>
            <a href={`/manage/needs/${need.needId}`}>{need.title}</a>
          </h3>
          <p>
            <span class={`badge status-${need.status}`}>{t(`needStatus_${need.status}`)}</span>{' '}
            <strong>{fillText(t, need)}</strong>
          </p>
          <p>{scheduleText(t, lang, need.schedule)}</p>
          <p class="hint">
            {names.venue(need.venueId)}, {names.quarter(need.quarterId)}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function ManageListPage(props: {
  page: PageContext;
  catalog: Catalog;
  needs: Need[];
  /** The manager's calendar feed URL, when made. */
  feedUrl?: string | undefined;
  notice?: string | undefined;
}) {
  const { page, needs } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t('manageTitle')}>
      {props.notice && <Notice>{props.notice}</Notice>}
      <p>
        <a class="button" href="/manage/needs/new">
          {t('needCreate')}
        </a>{' '}
        <a href="/manage/week">{t('manageWeek')}</a> <a href="/manage/volunteers">{t('manageFindVolunteers')}</a>
      </p>
      {needs.length === 0 && <p>{t('manageEmpty')}</p>}
      {SECTIONS.map((section) => {
        const inSection = needs
          .filter((need) => section.statuses.includes(need.status))
          .sort((a, b) => firstDate(a.schedule).localeCompare(firstDate(b.schedule)) || a.title.localeCompare(b.title));
        if (inSection.length === 0) return null;
        const heading = `${t(section.key)} (${inSection.length})`;
        return section.key === 'manageDone' ? (
          <details>
            <summary>
              <h2 class="inline">{heading}</h2>
            </summary>
            <NeedList page={page} catalog={props.catalog} needs={inSection} />
          </details>
        ) : (
          <section aria-labelledby={`h-${section.key}`}>
            <h2 id={`h-${section.key}`}>{heading}</h2>
            <NeedList page={page} catalog={props.catalog} needs={inSection} />
          </section>
        );
      })}
      <CalendarFeedSection page={page} url={props.feedUrl} action="/manage/calendar" intro="calendarFeedIntroManager" />
      <NotificationSettingsLink t={t} />
    </Layout>
  );
}

/** GET /manage: the needs of the manager's quarters. */
export function registerManageList(app: Hono<AppEnv>, services: Services): void {
  app.get('/manage', async (c) => {
    const caller = managerCaller(c);
    const page = pageContext(c, services.config.localPlatform);
    const catalog = await services.catalog.get(services.clock().getTime());
    const [needs, feed] = await Promise.all([
      services.needs.listManaged(caller, catalog),
      services.calendarFeeds.current(caller),
    ]);
    const calendar = c.req.query('calendar');
    const notice =
      calendar === 'renewed'
        ? page.t('calendarFeedRenewed')
        : calendar === 'created'
          ? page.t('calendarFeedCreated')
          : undefined;
    return c.html(
      <ManageListPage
        page={page}
        catalog={catalog}
        needs={needs}
        feedUrl={feed && feedUrl(baseUrlOf(services, c), feed.token)}
        notice={notice}
      />,
    );
  });
}
