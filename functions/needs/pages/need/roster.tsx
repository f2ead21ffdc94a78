import { type RosterDate, roster } from '../../../../shared/matches/roster.ts';
import type { Match } from '../../../../shared/matches/schemas.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { berlinDate } from '../../../../shared/time/calendar.ts';
import { formatDate } from '../../../../shared/web/format.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';

/** One date: when, the places open (a gap marked), who comes, who is absent and why, who is asked to cover. */
function RosterRow(props: { page: PageContext; need: Need; entry: RosterDate; coverLinks: boolean }) {
  const { page, need, entry } = props;
  const { t, lang } = page;
  const coming = entry.coming.map((person) =>
    person.cover ? `${person.firstName} (${t('rosterCover')})` : person.firstName,
  );
  return (
    <tr class={entry.open > 0 ? 'gap' : undefined}>
      <th scope="row">{formatDate(lang, entry.date)}</th>
      <td>
        {entry.open > 0 ? (
          <>
            <span class="badge state-gap">
              {t('rosterGap')}: {t('rosterOpen', { open: entry.open, places: need.places })}
            </span>
            {props.coverLinks && (
              <a class="block" href={`/manage/needs/${need.needId}/dates/${entry.date}`}>
                {t('coverFind', { date: formatDate(lang, entry.date) })}
              </a>
            )}
          </>
        ) : (
          <span class="badge state-accepted">{t('rosterFull')}</span>
        )}
      </td>
      <td>
        {coming.length > 0 ? coming.join(', ') : t('rosterNobody')}
        {entry.absent.length > 0 && (
          <span class="hint block">
            {t('rosterColAbsent')}:{' '}
            {entry.absent.map((person) => `${person.firstName} (${t(`absenceKind_${person.kind}`)})`).join(', ')}
          </span>
        )}
        {entry.invited.length > 0 && (
          <span class="hint block">
            {t('rosterInvited', { names: entry.invited.map((person) => person.firstName).join(', ') })}
          </span>
        )}
      </td>
    </tr>
  );
}

function RosterTable(props: {
  page: PageContext;
  need: Need;
  entries: RosterDate[];
  caption: string;
  /** Dates ahead of an active series: a gap links to its cover page. */
  coverLinks?: boolean;
}) {
  const { t } = props.page;
  return (
    <div class="table-wrap">
      <table class="roster">
        <caption class="sr-only">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rosterColDate')}</th>
            <th scope="col">{t('rosterColOpen')}</th>
            <th scope="col">{t('rosterColComing')}</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((entry) => (
            <RosterRow page={props.page} need={props.need} entry={entry} coverLinks={props.coverLinks ?? false} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * "Who comes when" on the need page: every date still ahead in date order (the next first, gaps
 * marked), the past dates folded away below. Three columns, so it reads on a 360 px phone.
 */
export function RosterSection(props: { page: PageContext; need: Need; matches: Match[]; now: Date }) {
  const { page, need } = props;
  const { t } = page;
  const today = berlinDate(props.now);
  const entries = roster(need, props.matches);
  const ahead = entries.filter((entry) => entry.date >= today);
  const past = entries.filter((entry) => entry.date < today).reverse();
  return (
    <section aria-labelledby="h-roster" id="roster">
      <h2 id="h-roster">{t('rosterTitle')}</h2>
      {ahead.length > 0 ? (
        <RosterTable
          page={page}
          need={need}
          entries={ahead}
          caption={t('rosterTitle')}
          coverLinks={need.schedule.kind === 'weekly' && (need.status === 'open' || need.status === 'filled')}
        />
      ) : (
        <p>{t('rosterNone')}</p>
      )}
      {past.length > 0 && (
        <details>
          <summary>{t('rosterPastTitle', { n: past.length })}</summary>
          <RosterTable page={page} need={need} entries={past} caption={t('rosterPastTitle', { n: past.length })} />
        </details>
      )}
    </section>
  );
}
