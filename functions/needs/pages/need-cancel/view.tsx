import type { Need } from '../../../../shared/needs/schemas.ts';
import { ErrorSummary, errorId, FieldError, type FieldErrors, inputId } from '../../../../shared/web/form.tsx';
import { scheduleText } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { type Involved, REASON_MAX_LENGTH } from './involved.ts';

/** The confirmation step's form: the language switch submits it (the typed reason comes along). */
const CONFIRM_FORM = 'cancel-need-confirm';

/** The cancel form as posted: the version the manager saw, the reason typed, and whether it was the confirmation. */
export interface CancelTyping {
  version: string;
  reason: string;
  confirmed: boolean;
}

/** Who will be told that the need is cancelled, and the reason they get. */
export function CancelConfirmPage(props: {
  page: PageContext;
  need: Need;
  involved: Involved;
  typing: CancelTyping;
  errors: FieldErrors;
}) {
  const { page, need, involved, typing, errors } = props;
  const { t, lang } = page;
  const hint = `${inputId('reason')}-hint`;
  return (
    <Layout page={page} title={t('cancelConfirmTitle', { title: need.title })} langForm={{ id: CONFIRM_FORM }}>
      <ErrorSummary t={t} errors={errors} />
      <p>{scheduleText(t, lang, need.schedule)}</p>
      <ul class="cancel-involved">
        {involved.accepted > 0 && (
          <li>
            {t.count(involved.accepted, 'cancelConfirmAcceptedOne', 'cancelConfirmAccepted', {
              n: involved.accepted,
            })}
          </li>
        )}
        {involved.invited > 0 && (
          <li>
            {t.count(involved.invited, 'cancelConfirmInvitedOne', 'cancelConfirmInvited', { n: involved.invited })}
          </li>
        )}
      </ul>
      <p>{t('cancelConfirmTold')}</p>
      <form
        method="post"
        action={`/manage/needs/${need.needId}/status`}
        class="cancel-need"
        id={CONFIRM_FORM}
        novalidate
      >
        <input type="hidden" name="action" value="cancel" />
        <input type="hidden" name="version" value={typing.version} />
        <input type="hidden" name="confirm" value="1" />
        <label for={inputId('reason')}>{t('cancelConfirmReason')}</label>
        <p class="hint" id={hint}>
          {t('cancelConfirmReasonHint')}
        </p>
        <textarea
          id={inputId('reason')}
          name="reason"
          rows={3}
          required
          maxlength={REASON_MAX_LENGTH}
          aria-invalid={errors.reason ? 'true' : undefined}
          aria-describedby={errors.reason ? `${hint} ${errorId('reason')}` : hint}
        >
          {typing.reason}
        </textarea>
        <FieldError name="reason" errors={errors} />
        <div class="actions">
          <button type="submit" class="danger">
            {t('cancelConfirmButton')}
          </button>
          <a href={`/manage/needs/${need.needId}`}>{t('cancelConfirmBack')}</a>
        </div>
      </form>
    </Layout>
  );
}
