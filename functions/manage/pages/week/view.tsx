import { addDays } from '../../../../shared/time/calendar.ts';
import { catalogNames, fillText, formatDate } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import type { WeekPageData } from './loader.ts';

const time = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** /manage/week: every date of every need of my quarters in one week, with filled and open places. */
export function WeekPage(props: { page: PageContext; data: WeekPageData }) {
  const { page, data } = props;
  const { t, lang } = page;
  const names = catalogNames(data.catalog, lang);
  const days = Array.from({ length: 7 }, (_, i) => addDays(data.monday, i));
  return (
    <Layout
      page={page}
      title={t('weekTitle', { from: formatDate(lang, data.monday), until: formatDate(lang, data.sunday) })}
    >
      <p class="actions">
        <a href={`/manage/week?from=${addDays(data.monday, -7)}`}>{t('weekPrevious')}</a>{' '}
        <a href={`/manage/week?from=${addDays(data.monday, 7)}`}>{t('weekNext')}</a>{' '}
        <a href="/manage">{t('backToNeeds')}</a>
      </p>
      {data.dates.length === 0 && <p>{t('weekNone')}</p>}
      {days.map((day) => {
        const dates = data.dates.filter((entry) => entry.date === day);
        if (dates.length === 0) return null;
        return (
          <section aria-labelledby={`h-${day}`}>
            <h2 id={`h-${day}`}>{formatDate(lang, day)}</h2>
            <ul class="cards">
              {dates.map((entry) => (
                <li>
                  <h3>
                    <a href={`/manage/needs/${entry.needId}`}>{entry.title}</a>
                  </h3>
                  <p>
                    {time(entry.start)}–{time(entry.end)}, {names.venue(entry.venueId)},{' '}
                    {names.quarter(entry.quarterId)}
                  </p>
                  <p>
                    <strong>{fillText(t, { acceptedCount: entry.filled, places: entry.places })}</strong>
                    {entry.open > 0 && <span class="badge status-open"> {t('weekOpen', { n: entry.open })}</span>}
                  </p>
                  {entry.coverable && (
                    <p>
                      <a href={`/manage/needs/${entry.needId}/dates/${entry.date}`}>{t('weekFindCover')}</a>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </Layout>
  );
}
