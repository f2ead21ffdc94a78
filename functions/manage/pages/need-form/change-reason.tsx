import { errorId, FieldError, type FieldErrors, inputId } from '../../../../shared/web/form.tsx';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import { LIMITS } from './limits.ts';
import type { NeedFormValues } from './values.ts';

/** Why the need changes (edits only): told to the volunteers, not stored on the need. */
export function ChangeReason(props: { page: PageContext; values: NeedFormValues; errors: FieldErrors }) {
  const { page, values, errors } = props;
  const { t } = page;
  return (
    <div>
      <label for={inputId('changeReason')}>{t('needChangeReason')}</label>
      <p class="hint" id={`${inputId('changeReason')}-hint`}>
        {t('needChangeReasonHint')}
      </p>
      <textarea
        id={inputId('changeReason')}
        name="changeReason"
        rows={2}
        maxlength={LIMITS.changeReason}
        aria-invalid={errors.changeReason ? 'true' : undefined}
        aria-describedby={[`${inputId('changeReason')}-hint`, errors.changeReason ? errorId('changeReason') : '']
          .filter(Boolean)
          .join(' ')}
      >
        {values.changeReason}
      </textarea>
      <FieldError name="changeReason" errors={errors} />
    </div>
  );
}
