import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import type { Need, NeedStatus } from '../../../../shared/needs/schemas.ts';
import { CalendarFeedSection } from '../../../../shared/web/calendar-feed-section.tsx';
import { Notice } from '../../../../shared/web/form.tsx';
import { catalogNames, fillText, firstDate, scheduleText } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { NotificationSettingsLink } from '../../../../shared/web/settings-link.tsx';
import { ExportSection } from './export-section.tsx';

type SectionKey = 'manageOpen' | 'manageDrafts' | 'manageFilled' | 'manageDone';
/** Sections of the list, most urgent first; closed and cancelled needs are folded away. */
const SECTIONS: readonly SectionKey[] = ['manageOpen', 'manageDrafts', 'manageFilled', 'manageDone'];
/** The section of each status (a new status does not compile until it has one). */
const SECTION_OF: Record<NeedStatus, SectionKey> = {
  open: 'manageOpen',
  draft: 'manageDrafts',
  filled: 'manageFilled',
  closed: 'manageDone',
  cancelled: 'manageDone',
};

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
  /** The quarters the spreadsheet export offers, and today (Berlin) for its default period. */
  exportQuarters: string[];
  today: string;
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
        <a href="/manage/week">{t('manageWeek')}</a> <a href="/manage/volunteers">{t('manageFindVolunteers')}</a>{' '}
        <a href="/manage/statistics">{t('statsTitle')}</a> <a href="/manage/import">{t('impTitle')}</a>
      </p>
      {needs.length === 0 && <p>{t('manageEmpty')}</p>}
      {SECTIONS.map((key) => {
        const inSection = needs
          .filter((need) => SECTION_OF[need.status] === key)
          .sort((a, b) => firstDate(a.schedule).localeCompare(firstDate(b.schedule)) || a.title.localeCompare(b.title));
        if (inSection.length === 0) return null;
        const heading = `${t(key)} (${inSection.length})`;
        return key === 'manageDone' ? (
          <details>
            <summary>
              <h2 class="inline">{heading}</h2>
            </summary>
            <NeedList page={page} catalog={props.catalog} needs={inSection} />
          </details>
        ) : (
          <section aria-labelledby={`h-${key}`}>
            <h2 id={`h-${key}`}>{heading}</h2>
            <NeedList page={page} catalog={props.catalog} needs={inSection} />
          </section>
        );
      })}
      <ExportSection page={page} catalog={props.catalog} quarters={props.exportQuarters} today={props.today} />
      <CalendarFeedSection page={page} url={props.feedUrl} action="/manage/calendar" intro="calendarFeedIntroManager" />
      <NotificationSettingsLink t={t} />
    </Layout>
  );
}
