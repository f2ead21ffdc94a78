import { DEFAULT_SAFEGUARDING_POLICY } from '../../../../shared/matching/types.ts';
import type { SafeguardingStatus } from '../../../../shared/safeguarding/safeguarding-service.ts';
import {
  ErrorSummary,
  errorId,
  FieldError,
  type FieldErrors,
  Input,
  inputId,
  Notice,
} from '../../../../shared/web/form.tsx';
import { formatDate } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';

export interface SafeguardingValues {
  volunteerId: string;
  inspectedOn: string;
  issuedOn: string;
  /** `yes`, `no` or empty (not answered). */
  relevantConviction: string;
}

export const emptySafeguarding = (volunteerId = ''): SafeguardingValues => ({
  volunteerId,
  inspectedOn: '',
  issuedOn: '',
  relevantConviction: '',
});

export interface SafeguardingPageProps {
  page: PageContext;
  values: SafeguardingValues;
  errors: FieldErrors;
  notice?: string | undefined;
  alert?: string | undefined;
  /** The volunteer's name, when the caller may see the profile. */
  person?: string | undefined;
  /** What is recorded now for that volunteer. */
  current?: SafeguardingStatus | undefined;
}

/**
 * Recording a safeguarding check (§72a SGB VIII) for a volunteer: only that the extended police
 * certificate was inspected, when it was issued and whether it shows a relevant conviction.
 */
export function SafeguardingPage(props: SafeguardingPageProps) {
  const { page, values, errors, current } = props;
  const { t, lang } = page;
  return (
    <Layout page={page} title={t('sgTitle')}>
      <ErrorSummary t={t} errors={errors} message={props.alert} />
      {props.notice && <Notice>{props.notice}</Notice>}
      <section class="alert" aria-labelledby="no-copy">
        <h2 id="no-copy">{t('sgNoCopyTitle')}</h2>
        <p>{t('sgNoCopy')}</p>
        <p>{t('sgDeletion')}</p>
      </section>
      {props.person && (
        <p>
          {t('sgPerson')}: <strong>{props.person}</strong>
        </p>
      )}
      {current && (
        <p>
          {!current.recorded
            ? t('sgCurrentNone')
            : t(current.validUntil ? 'sgCurrentValid' : 'sgCurrentInvalid', {
                date: formatDate(lang, current.inspectedOn ?? ''),
                until: formatDate(lang, current.validUntil ?? ''),
                deleteOn: formatDate(lang, current.deleteOn ?? ''),
              })}
        </p>
      )}
      <SafeguardingForm page={page} values={values} errors={errors} action="/admin/safeguarding" />
    </Layout>
  );
}

/**
 * The form of a safeguarding check: on the safeguarding page (volunteer id typed) and on a
 * manager's volunteer page (`fixedVolunteer`: the id is the page's).
 */
export function SafeguardingForm(props: {
  page: PageContext;
  values: SafeguardingValues;
  errors: FieldErrors;
  action: string;
  fixedVolunteer?: boolean;
}) {
  const { page, values, errors } = props;
  const { t } = page;
  const convictionError = errors.relevantConviction !== undefined;
  const convictionId = inputId('relevantConviction');
  return (
    <form method="post" action={props.action} novalidate>
      <fieldset>
        <legend>{t('sgLegend')}</legend>
        {props.fixedVolunteer ? (
          <input type="hidden" name="volunteerId" value={values.volunteerId} />
        ) : (
          <Input
            name="volunteerId"
            label={t('sgVolunteerId')}
            hint={t('sgVolunteerIdHint')}
            value={values.volunteerId}
            errors={errors}
            autocomplete="off"
            required
          />
        )}
        <Input
          name="inspectedOn"
          label={t('sgInspectedOn')}
          hint={t('sgInspectedOnHint')}
          type="date"
          value={values.inspectedOn}
          errors={errors}
          required
        />
        <Input
          name="issuedOn"
          label={t('sgIssuedOn')}
          hint={t('sgIssuedOnHint', { months: DEFAULT_SAFEGUARDING_POLICY.certificateMaxAgeMonths })}
          type="date"
          value={values.issuedOn}
          errors={errors}
          required
        />
        <fieldset
          id={convictionId}
          aria-invalid={convictionError ? 'true' : undefined}
          aria-describedby={[`${convictionId}-hint`, convictionError ? errorId('relevantConviction') : '']
            .filter(Boolean)
            .join(' ')}
        >
          <legend>{t('sgConviction')}</legend>
          <p class="hint" id={`${convictionId}-hint`}>
            {t('sgConvictionHint')}
          </p>
          <FieldError name="relevantConviction" errors={errors} />
          <label class="inline" for={`${convictionId}-no`}>
            <input
              type="radio"
              id={`${convictionId}-no`}
              name="relevantConviction"
              value="no"
              checked={values.relevantConviction === 'no'}
              required
            />
            {t('sgConvictionNo')}
          </label>
          <label class="inline" for={`${convictionId}-yes`}>
            <input
              type="radio"
              id={`${convictionId}-yes`}
              name="relevantConviction"
              value="yes"
              checked={values.relevantConviction === 'yes'}
            />
            {t('sgConvictionYes')}
          </label>
        </fieldset>
        <p>
          <button type="submit">{t('sgSubmit')}</button>
        </p>
      </fieldset>
    </form>
  );
}
