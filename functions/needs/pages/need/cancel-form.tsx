import type { Need } from '../../../../shared/needs/schemas.ts';
import { errorId, FieldError, type FieldErrors, inputId } from '../../../../shared/web/form.tsx';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import { anyoneInvolved, type Involved, REASON_MAX_LENGTH } from '../need-cancel/involved.ts';

/** The form's id: the need page's language switch may submit it, so the typed reason survives. */
export const CANCEL_FORM = 'need-cancel';

/**
 * Cancelling the need, with a reason the volunteers invited or accepted are told. With anyone
 * involved the button leads to a confirmation step (pages/need-cancel/) that requires the reason.
 */
export function CancelForm(props: {
  page: PageContext;
  need: Need;
  involved: Involved;
  reason: string;
  errors: FieldErrors;
}) {
  const { page, need, errors } = props;
  const { t } = page;
  const hint = `${inputId('reason')}-hint`;
  const asks = anyoneInvolved(props.involved);
  return (
    <form method="post" action={`/manage/needs/${need.needId}/status`} class="cancel-need" id={CANCEL_FORM}>
      <input type="hidden" name="action" value="cancel" />
      <input type="hidden" name="version" value={String(need.version)} />
      <label for={inputId('reason')}>{t(asks ? 'cancelConfirmReason' : 'needCancelReason')}</label>
      <p class="hint" id={hint}>
        {asks ? t('cancelAsksConfirmation') : t('needCancelReasonHint')}
      </p>
      <textarea
        id={inputId('reason')}
        name="reason"
        rows={2}
        maxlength={REASON_MAX_LENGTH}
        aria-invalid={errors.reason ? 'true' : undefined}
        aria-describedby={errors.reason ? `${hint} ${errorId('reason')}` : hint}
      >
        {props.reason}
      </textarea>
      <FieldError name="reason" errors={errors} />
      <div class="actions">
        <button type="submit" class="danger">
          {t(asks ? 'cancelAskButton' : 'needAction_cancel')}
        </button>
      </div>
    </form>
  );
}
