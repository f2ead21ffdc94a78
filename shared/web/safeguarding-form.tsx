/**
 * The form of a safeguarding check (§72a SGB VIII), shared by the admins' safeguarding page and
 * a manager's volunteer page: its view, and reading what was posted with every error at once.
 */
import { UserId } from '../auth/user-id.ts';
import { toFieldIssues } from '../http/issues.ts';
import { DEFAULT_SAFEGUARDING_POLICY } from '../matching/types.ts';
import { futureInspection } from '../safeguarding/inspection-date.ts';
import { SafeguardingInput } from '../safeguarding/schemas.ts';
import { errorsOf } from './field-errors.ts';
import { errorId, FieldError, type FieldErrors, formString, Input, inputId } from './form.tsx';
import { issueText, type Translate } from './i18n.ts';
import type { PageContext } from './layout.tsx';
import { maxLengthOf } from './max-length.ts';
import type { MessageKey } from './messages-de.ts';

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

export const SAFEGUARDING_TEXTS: Record<string, MessageKey> = {
  'inspectedOn:in_future': 'sgErr_future',
  'issuedOn:issued_after_inspection': 'sgErr_issuedAfter',
};

/**
 * The safeguarding form as posted: what was typed, the input when every field is right, and
 * every field's error at once (the dates are checked even while the yes/no is missing).
 */
export function readSafeguardingForm(
  t: Translate,
  form: Record<string, string | string[]>,
  today: string,
): { values: SafeguardingValues; input?: SafeguardingInput; errors: FieldErrors } {
  const values: SafeguardingValues = {
    volunteerId: formString(form, 'volunteerId'),
    inspectedOn: formString(form, 'inspectedOn'),
    issuedOn: formString(form, 'issuedOn'),
    relevantConviction: formString(form, 'relevantConviction'),
  };
  const conviction =
    values.relevantConviction === 'yes' ? true : values.relevantConviction === 'no' ? false : undefined;
  const parsed = SafeguardingInput.safeParse({
    inspectedOn: values.inspectedOn,
    issuedOn: values.issuedOn,
    relevantConviction: conviction ?? false,
  });
  // A future inspection is the service's rule, asked here too so that it shows with the others.
  const issues = [
    ...(parsed.success ? [] : toFieldIssues(parsed.error.issues)),
    ...futureInspection(values.inspectedOn, today),
  ];
  const errors = errorsOf(t, issues, SAFEGUARDING_TEXTS);
  if (conviction === undefined) errors.relevantConviction = t('sgErr_choose');
  const volunteerId = UserId.safeParse(values.volunteerId);
  if (!volunteerId.success) {
    // Too long names the limit; anything else is "enter the person's id".
    const [issue] = toFieldIssues(volunteerId.error.issues);
    errors.volunteerId = issue?.code === 'too_big' ? issueText(t, issue) : t('sgErr_volunteerId');
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { values, errors };
  return { values, input: parsed.data, errors };
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
            maxlength={maxLengthOf(UserId)}
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
