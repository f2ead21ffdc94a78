import type { InitiativeNeedView } from '../../../../shared/initiatives/schemas.ts';
import { errorId, FieldError, type FieldErrors, inputId } from '../../../../shared/web/form.tsx';
import { dateOfInstant } from '../../../../shared/web/format.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import { languagesText } from './format.ts';

type MatchView = InitiativeNeedView['matches'][number];

/** The error key (and so the textarea id) of one match's concern form. */
export const reasonKey = (needId: string, volunteerId: string) => `reason_${needId}_${volunteerId}`;

export const reviewAction = (needId: string, volunteerId: string) =>
  `/initiative/needs/${needId}/matches/${encodeURIComponent(volunteerId)}/review`;

/** One accepted match: first name, languages, the review so far, and the forms to confirm it or raise a concern. */
export function MatchItem(props: {
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
