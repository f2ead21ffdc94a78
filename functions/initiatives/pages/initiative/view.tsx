import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import type { InitiativeNeedView } from '../../../../shared/initiatives/schemas.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { ErrorSummary, errorId, FieldError, type FieldErrors, inputId, Notice } from '../../../../shared/web/form.tsx';
import { catalogNames, dateOfInstant, fillText, needStatusText, scheduleText } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { NotificationSettingsLink } from '../../../../shared/web/settings-link.tsx';
import { languagesText } from './format.ts';

type MatchView = InitiativeNeedView['matches'][number];

/** The error key (and so the textarea id) of one match's concern form. */
export const reasonKey = (needId: string, volunteerId: string) => `reason_${needId}_${volunteerId}`;

export const reviewAction = (needId: string, volunteerId: string) =>
  `/initiative/needs/${needId}/matches/${encodeURIComponent(volunteerId)}/review`;

export interface InitiativePageProps {
  page: PageContext;
  catalog: Catalog;
  /** The initiative's name; undefined when the account belongs to no initiative yet. */
  name: string | undefined;
  needs: InitiativeNeedView[];
  /** An admin deactivated the initiative: say so instead of listing needs. */
  deactivated?: boolean;
  notice?: string | undefined;
  alert?: string | undefined;
  /** Errors of a concern form, by {@link reasonKey}. */
  errors?: FieldErrors;
  /** What was typed into a concern form, by {@link reasonKey}. */
  reasons?: Record<string, string>;
}

/**
 * What an initiative member sees: the needs linked to their initiative, how full they are,
 * when and where, and of each accepted match only the first name and languages, with the
 * forms to confirm it or raise a concern.
 */
export function InitiativePage(props: InitiativePageProps) {
  const { page, catalog } = props;
  const { t, lang } = page;
  const errors = props.errors ?? {};
  if (props.name === undefined) {
    return (
      <Layout page={page} title={t('iniTitle')}>
        <p>{t('iniNotAssigned')}</p>
        <NotificationSettingsLink t={t} />
      </Layout>
    );
  }
  const n = catalogNames(catalog, lang);
  return (
    <Layout page={page} title={props.name}>
      <ErrorSummary t={t} errors={errors} message={props.alert} />
      {props.notice && <Notice>{props.notice}</Notice>}
      {props.deactivated && <Notice kind="alert">{t('iniDeactivated')}</Notice>}
      {!props.deactivated && <p>{t('iniIntro')}</p>}
      {props.deactivated ? null : props.needs.length === 0 ? (
        <p>{t('iniNoNeeds')}</p>
      ) : (
        <ul class="cards">
          {props.needs.map((need) => (
            <li id={`need-${need.needId}`}>
              <h2>{need.title}</h2>
              <p>
                <span class={`badge status-${need.status}`}>{needStatusText(t, need.status)}</span> {fillText(t, need)}
              </p>
              <dl class="profile">
                <dt>{t('iniWhen')}</dt>
                <dd>{scheduleText(t, lang, need.schedule as Need['schedule'])}</dd>
                <dt>{t('iniWhere')}</dt>
                <dd>{t('iniWhereText', { venue: n.venue(need.venueId), quarter: n.quarter(need.quarterId) })}</dd>
              </dl>
              <h3>{t('iniMatchesTitle', { n: need.matches.length })}</h3>
              {need.matches.length === 0 ? (
                <p>{t('iniMatchesNone')}</p>
              ) : (
                <ul class="plain">
                  {need.matches.map((match) => (
                    <MatchItem
                      page={page}
                      needId={need.needId}
                      match={match}
                      language={n.language}
                      errors={errors}
                      reason={props.reasons?.[reasonKey(need.needId, match.volunteerId)]}
                    />
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      <NotificationSettingsLink t={t} />
    </Layout>
  );
}

function MatchItem(props: {
  page: PageContext;
  needId: string;
  match: MatchView;
  language: (code: string) => string;
  errors: FieldErrors;
  reason: string | undefined;
}) {
  const { page, needId, match, errors } = props;
  const { t, lang } = page;
  const key = reasonKey(needId, match.volunteerId);
  const id = inputId(key);
  const hasError = errors[key] !== undefined;
  const review = match.review;
  const action = reviewAction(needId, match.volunteerId);
  return (
    <li class="match">
      <h4>{match.firstName}</h4>
      <p>
        {t('iniLanguages')}: {languagesText(t, props.language, match.languages)}
      </p>
      <p>
        {t('iniReview')}:{' '}
        <strong>
          {review
            ? t(review.status === 'confirmed' ? 'iniReview_confirmed' : 'iniReview_concern', {
                date: dateOfInstant(lang, review.at),
              })
            : t('iniReview_none')}
        </strong>
        {review?.status === 'concern' && review.reason && (
          <>
            <br />
            {t('iniReasonShown', { reason: review.reason })}
          </>
        )}
      </p>
      {review?.status !== 'confirmed' && (
        <form method="post" action={action} class="buttons">
          <input type="hidden" name="status" value="confirmed" />
          <button type="submit" aria-label={t('iniConfirmFor', { name: match.firstName })}>
            {t('iniConfirm')}
          </button>
        </form>
      )}
      <details open={hasError || undefined}>
        <summary>{t('iniConcernFor', { name: match.firstName })}</summary>
        <form method="post" action={action} novalidate>
          <input type="hidden" name="status" value="concern" />
          <label for={id}>{t('iniReasonLabel')}</label>
          <p class="hint" id={`${id}-hint`}>
            {t('iniReasonHint')}
          </p>
          <textarea
            id={id}
            name="reason"
            rows={3}
            maxlength={500}
            required
            aria-invalid={hasError ? 'true' : undefined}
            aria-describedby={[`${id}-hint`, hasError ? errorId(key) : ''].filter(Boolean).join(' ')}
          >
            {props.reason ?? ''}
          </textarea>
          <FieldError name={key} errors={errors} />
          <p>
            <button type="submit" class="secondary">
              {t('iniConcern')}
            </button>
          </p>
        </form>
      </details>
    </li>
  );
}
