import type { Match } from '../../../../shared/matches/schemas.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { type CatalogNames, formatDate, scheduleText } from '../../../../shared/web/format.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import { NeedEssentials } from '../common/need-essentials.tsx';

/** Where a need takes place: venue and quarter. */
export function Where(props: { names: CatalogNames; venueId: string; quarterId: string }) {
  return (
    <p class="hint">
      {props.names.venue(props.venueId)}, {props.names.quarter(props.quarterId)}
    </p>
  );
}

/** A card of one of the volunteer's matches (a cover match: of its one date). */
export function MatchCard(props: {
  page: PageContext;
  names: CatalogNames;
  match: Match;
  /** The match's need, when read: its essentials (skills, languages, children) and its page. */
  need?: Need | undefined;
  children?: unknown;
}) {
  const { page, match } = props;
  const { t, lang } = page;
  return (
    // The anchor e-mails link to (`/dashboard#need-<id>`): the card of that need.
    <li id={`need-${props.match.needId}${match.date === undefined ? '' : `-${match.date}`}`}>
      <h3>{match.needTitle}</h3>
      {match.date !== undefined ? (
        <p>
          <strong>{t('dashCoverDate', { date: formatDate(lang, match.date) })}</strong>{' '}
          {t('dashCoverTime', { start: match.schedule.start, end: match.schedule.end })}
        </p>
      ) : (
        <p>{scheduleText(t, lang, match.schedule)}</p>
      )}
      <Where names={props.names} venueId={match.venueId} quarterId={match.quarterId} />
      <NeedEssentials page={page} names={props.names} need={props.need} />
      {!props.need && (
        // Past and closed work: the need was not read, but its page still opens for them.
        <p>
          <a href={`/dashboard/needs/${match.needId}`}>
            {t('volNeedDetails')}
            <span class="sr-only">: {match.needTitle}</span>
          </a>
        </p>
      )}
      {props.children}
    </li>
  );
}

/** A titled list of cards, its count in the title; without cards the `empty` sentence, or nothing. */
export function Section(props: { id: string; title: string; empty?: string; count: number; children: unknown }) {
  if (props.count === 0 && !props.empty) return null;
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>
        {props.title} ({props.count})
      </h2>
      {props.count === 0 ? <p>{props.empty}</p> : <ul class="cards">{props.children}</ul>}
    </section>
  );
}
