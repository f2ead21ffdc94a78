import { everyEntry } from '../../../../shared/catalog/known.ts';
import type { Catalog, Venue } from '../../../../shared/catalog/schemas.ts';
import type { Match } from '../../../../shared/matches/schemas.ts';
import type { Violation } from '../../../../shared/matching/types.ts';
import { minShareOf } from '../../../../shared/needs/min-share.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { Alert, type PageAlert } from '../../../../shared/web/alert.tsx';
import { Notice } from '../../../../shared/web/form.tsx';
import {
  type CatalogNames,
  catalogNames,
  formatDate,
  formatDateTime,
  matchStateText,
  needStatusText,
  scheduleText,
} from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { CommitmentDates } from '../common/commitment-dates.tsx';
import { fitText, mayStep, StepButton, StepButtons, type VolunteerStep } from '../common/volunteer-steps.tsx';

/** What the volunteer's page of a need shows. */
export interface VolunteerNeed {
  need: Need;
  /** The volunteer's own matches with the need: the series match and any cover matches. */
  matches: Match[];
  catalog: Catalog;
  /** Whom to ask: the work e-mail addresses of the quarter's managers. */
  contacts: string[];
  /** What in the volunteer's profile keeps them from offering (empty: it fits). */
  misfits: Violation[];
  now: Date;
  absenceCutoffHours: number;
}

function Address(props: { venue: Venue | undefined }) {
  const address = props.venue?.address;
  if (!address) return null;
  return (
    <address>
      {address.street}
      <br />
      {address.postcode} {address.city}
    </address>
  );
}

/** The volunteer's own match: its state, its dates and the steps the planner allows. */
function OwnMatch(props: { page: PageContext; data: VolunteerNeed; match: Match }) {
  const { page, data, match } = props;
  const { t, lang } = page;
  const steps = (['accept', 'decline', 'withdraw'] as const).filter((step: VolunteerStep) =>
    mayStep(step, match, data.need, data.now),
  );
  return (
    <li id={match.date === undefined ? 'mine' : `cover-${match.date}`}>
      {match.date !== undefined && (
        <p>
          <strong>{t('dashCoverDate', { date: formatDate(lang, match.date) })}</strong>{' '}
          {t('dashCoverTime', { start: match.schedule.start, end: match.schedule.end })}
        </p>
      )}
      <p>
        <span class={`badge state-${match.status}`}>{matchStateText(t, match.status)}</span>
      </p>
      {match.status === 'invited' && match.inviteExpiresAt && (
        <p>
          <strong>{t('inviteAnswerBy', { at: formatDateTime(lang, match.inviteExpiresAt) })}</strong>
        </p>
      )}
      {match.status === 'offered' && <p>{t('dashOfferPending')}</p>}
      {match.status === 'closed' && <p>{t('dashClosedNote')}</p>}
      {match.status === 'accepted' && (
        <CommitmentDates
          page={page}
          match={match}
          need={data.need}
          now={data.now}
          cutoffHours={data.absenceCutoffHours}
        />
      )}
      <StepButtons page={page} match={match} steps={steps} from="need" />
    </li>
  );
}

function Facts(props: { page: PageContext; names: CatalogNames; data: VolunteerNeed }) {
  const { page, names, data } = props;
  const { need } = data;
  const { t, lang } = page;
  const venue = everyEntry(data.catalog, 'venues').find((entry) => entry.id === need.venueId);
  const list = (ids: string[], name: (id: string) => string) =>
    ids.length > 0 ? ids.map(name).join(', ') : t('volNeedNone');
  return (
    <dl class="profile">
      <dt>{t('volNeedWhat')}</dt>
      <dd>{need.description ? <p class="pre">{need.description}</p> : need.title}</dd>
      <dt>{t('volNeedWhere')}</dt>
      <dd>
        {names.venue(need.venueId)}, {names.quarter(need.quarterId)}
        <Address venue={venue} />
      </dd>
      <dt>{t('volNeedWhen')}</dt>
      <dd>
        {scheduleText(t, lang, need.schedule)}
        {need.schedule.kind === 'weekly' && <p class="hint">{t('volNeedShareRule', { percent: minShareOf(need) })}</p>}
      </dd>
      <dt>{t('needRequiredSkills')}</dt>
      <dd lang={names.foreign}>{list(need.requiredSkills, names.skill)}</dd>
      {need.niceToHaveSkills.length > 0 && (
        <>
          <dt>{t('needNiceToHave')}</dt>
          <dd lang={names.foreign}>{list(need.niceToHaveSkills, names.skill)}</dd>
        </>
      )}
      <dt>{t('needLanguages')}</dt>
      <dd>{need.languages.length > 0 ? list(need.languages, names.language) : t('volNeedNoLanguage')}</dd>
      <dt>{t('volNeedChildren')}</dt>
      <dd>{need.involvesMinors ? t('dashMinorsHint') : t('volNeedNoChildren')}</dd>
      <dt>{t('volNeedPlaces')}</dt>
      <dd>
        {t.count(need.places, 'placesFreeOne', 'placesFree', {
          n: Math.max(need.places - need.acceptedCount, 0),
          places: need.places,
        })}
      </dd>
      <dt>{t('volNeedContact')}</dt>
      <dd>
        {data.contacts.length > 0 ? (
          <ul class="plain">
            {data.contacts.map((email) => (
              <li>
                <a href={`mailto:${email}`}>{email}</a>
              </li>
            ))}
          </ul>
        ) : (
          t('volNeedNoContact')
        )}
      </dd>
    </dl>
  );
}

/** A need as a volunteer sees it: what, where, when, what it asks for, whom to ask, and their steps. */
export function VolunteerNeedPage(props: {
  page: PageContext;
  data: VolunteerNeed;
  notice?: string;
  alert?: PageAlert;
}) {
  const { page, data } = props;
  const { need } = data;
  const { t } = page;
  const names = catalogNames(data.catalog, page.lang);
  const series = data.matches.find((match) => match.date === undefined);
  const cover = data.matches
    .filter((match) => match.date !== undefined)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const canOffer = mayStep('offer', series, need, data.now);
  return (
    <Layout page={page} title={need.title}>
      {props.notice && <Notice>{props.notice}</Notice>}
      {props.alert && <Alert alert={props.alert} />}
      {need.status !== 'open' && (
        <p>
          <span class={`badge state-${need.status}`}>{needStatusText(t, need.status)}</span>
        </p>
      )}
      <Facts page={page} names={names} data={data} />
      {(series || cover.length > 0) && (
        <section aria-labelledby="h-mine">
          <h2 id="h-mine">{t('volNeedMine')}</h2>
          <ul class="cards">
            {series && <OwnMatch page={page} data={data} match={series} />}
            {cover.map((match) => (
              <OwnMatch page={page} data={data} match={match} />
            ))}
          </ul>
        </section>
      )}
      {canOffer &&
        (data.misfits.length > 0 ? (
          <p class="hint">
            {t('dashNoFit')} {data.misfits.map((violation) => fitText(page, names, violation)).join('; ')}
          </p>
        ) : (
          <div class="buttons">
            <StepButton page={page} needId={need.needId} step="offer" title={need.title} from="need" />
          </div>
        ))}
      <p>
        <a href="/dashboard">{t('volNeedBack')}</a>
      </p>
    </Layout>
  );
}
