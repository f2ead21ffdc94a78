import type { Context } from 'hono';
import type { Caller } from '../../../../shared/auth/caller.ts';
import { ValidationError } from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import type { FieldErrors } from '../../../../shared/web/form.tsx';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { NeedsServices } from '../../services.ts';
import { anyoneInvolved, CANCELLABLE, involvedIn } from './involved.ts';
import { CancelConfirmPage, type CancelTyping } from './view.tsx';

export type { CancelTyping } from './view.tsx';

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
  services: NeedsServices,
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
  services: NeedsServices,
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
