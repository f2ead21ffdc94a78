import type { Context } from 'hono';
import type { Caller } from '../../../../shared/auth/caller.ts';
import { ValidationError } from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import type { Services } from '../../../../shared/platform/services.ts';
import { ErrorSummary, errorId, FieldError, type FieldErrors, inputId } from '../../../../shared/web/form.tsx';
import { scheduleText } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { pageContext } from '../../../../shared/web/page-context.ts';

/** Who a cancel reaches: the volunteers who accepted, and those invited or offering help. */
export interface Involved {
  accepted: number;
  invited: number;
}

export const CANCELLABLE: readonly string[] = ['draft', 'open', 'filled'];

/** Accepted as the need counts them (the rule the API enforces); open invitations and offers as they stand now. */
export function involvedIn(need: Need, matches: readonly { status: string }[]): Involved {
  return {
    accepted: need.acceptedCount,
    invited: matches.filter((match) => match.status === 'invited' || match.status === 'offered').length,
  };
}

export const anyoneInvolved = (involved: Involved) => involved.accepted + involved.invited > 0;

/** The cancel form as posted: the version the manager saw, the reason typed, and whether it was the confirmation. */
export interface CancelTyping {
  version: string;
  reason: string;
  confirmed: boolean;
}

function CancelConfirmPage(props: {
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
    <Layout page={page} title={t('cancelConfirmTitle', { title: need.title })}>
      <ErrorSummary t={t} errors={errors} />
      <p>{scheduleText(t, lang, need.schedule)}</p>
      <ul class="cancel-involved">
        {involved.accepted > 0 && (
          <li>
            {t(involved.accepted === 1 ? 'cancelConfirmAcceptedOne' : 'cancelConfirmAccepted', {
              n: involved.accepted,
            })}
          </li>
        )}
        {involved.invited > 0 && (
          <li>
            {t(involved.invited === 1 ? 'cancelConfirmInvitedOne' : 'cancelConfirmInvited', { n: involved.invited })}
          </li>
        )}
      </ul>
      <p>{t('cancelConfirmTold')}</p>
      <form method="post" action={`/manage/needs/${need.needId}/status`} class="cancel-need" novalidate>
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

/**
 * The confirmation step of cancelling a need that someone accepted, is invited to or offered help
 * for: it says who will be told and asks for the reason they get. Returns the page to show, or
 * undefined when the cancel may go ahead: nobody is involved, the reason was confirmed, or the
 * service must judge (the need is gone, no longer cancellable, or changed since the manager saw it:
 * its conflict page keeps the typing). `forced` shows the step with these errors (the reason was
 * refused, or a volunteer accepted after the page was shown and the service asks for a reason).
 */
export async function cancelConfirmation(
  c: Context<AppEnv>,
  services: Services,
  caller: Caller,
  needId: string,
  typing: CancelTyping,
  forced?: FieldErrors,
): Promise<Response | undefined> {
  const view = await services.matches.involvement(caller, needId, services.clock());
  const { need } = view;
  if (!need || !CANCELLABLE.includes(need.status) || String(need.version) !== typing.version) return undefined;
  const involved = involvedIn(need, view.matches);
  if (!forced && !anyoneInvolved(involved)) return undefined;
  // Rendered by a POST: switching the language leads back to the need page, which can be fetched.
  const page = { ...pageContext(c, services.config.localPlatform), path: `/manage/needs/${needId}` };
  const errors =
    forced ?? (typing.confirmed && typing.reason === '' ? { reason: page.t('cancelConfirmReasonRequired') } : {});
  if (typing.confirmed && Object.keys(errors).length === 0) return undefined;
  return c.html(
    <CancelConfirmPage page={page} need={need} involved={involved} typing={typing} errors={errors} />,
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}

/**
 * The service refused a cancel for want of a reason (a volunteer accepted since the page was
 * shown): the confirmation step, asking for it. Undefined for any other error.
 */
export async function reasonStep(
  c: Context<AppEnv>,
  services: Services,
  caller: Caller,
  needId: string,
  typing: CancelTyping,
  error: unknown,
): Promise<Response | undefined> {
  if (!(error instanceof ValidationError && error.issues.some((issue) => issue.path === 'reason'))) return undefined;
  const { t } = pageContext(c, services.config.localPlatform);
  const errors: FieldErrors = typing.confirmed ? { reason: t('cancelConfirmReasonRequired') } : {};
  return cancelConfirmation(c, services, caller, needId, typing, errors);
}
