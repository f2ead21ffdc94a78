import type { Match } from '../../../../shared/matches/schemas.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { formatDate } from '../../../../shared/web/format.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import { datesWithGap } from '../need-cover/dates.ts';

/** On the need page: each date with a gap links to its cover page; and whether automatic cover is on. */
export function CoverSection(props: { page: PageContext; need: Need; matches: Match[]; now: Date }) {
  const { page, need } = props;
  const { t, lang } = page;
  if ((need.status !== 'open' && need.status !== 'filled') || need.schedule.kind !== 'weekly') return null;
  const gaps = datesWithGap(need, props.matches, props.now);
  const setting = need.autoCover ?? { mode: 'off' as const };
  return (
    <section aria-labelledby="h-cover">
      <h2 id="h-cover">{t('coverTitle', { n: gaps.length })}</h2>
      <p class="hint">
        {t(`coverAutoIs_${setting.mode}`, { n: setting.batchSize ?? 3 })}{' '}
        <a href={`/manage/needs/${need.needId}/edit`}>{t('coverAutoChange')}</a>
      </p>
      {gaps.length === 0 ? (
        <p>{t('coverNone')}</p>
      ) : (
        <ul class="plain">
          {gaps.map((entry) => (
            <li>
              <a href={`/manage/needs/${need.needId}/dates/${entry.date}`}>
                {t('coverFind', { date: formatDate(lang, entry.date) })}
              </a>{' '}
              {t.count(need.places, 'coverOpenOne', 'coverOpen', { n: entry.open, places: need.places })}
              {entry.invited.length > 0 && ` · ${t('coverAsked', { n: entry.invited.length })}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
