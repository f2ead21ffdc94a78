import type { Hono } from 'hono';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { toFieldIssues } from '../../../../shared/http/issues.ts';
import { managerCaller } from '../../../../shared/http/page-callers.ts';
import { NeedTransitionInput } from '../../../../shared/needs/schemas.ts';
import { fieldErrors, formString, readForm } from '../../../../shared/web/form.tsx';
import { chooseLanguage, switchedLanguage } from '../../../../shared/web/language-switch.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { needIdOf } from '../../../../shared/web/path-params.ts';
import type { NeedsServices } from '../../services.ts';
import { type CancelTyping, cancelConfirmation, reasonStep } from '../need-cancel/confirmation.tsx';
import { needAnswers } from './answers.ts';
import { renderNeedDetail } from './render.tsx';
import type { PageTyping } from './view.tsx';

/**
 * POST /manage/needs/:needId/status: publish, close or cancel the need. Cancelling a need someone
 * is part of first asks for confirmation and a reason (pages/need-cancel/).
 */
export function registerStatusAction(app: Hono<AppEnv>, services: NeedsServices): void {
  const { back, attempt } = needAnswers(services);

  app.post('/manage/needs/:needId/status', async (c) => {
    const caller = managerCaller(c);
    const needId = needIdOf(c);
    const form = await readForm(c.req.raw);
    const reason = formString(form, 'reason');
    const parsed = NeedTransitionInput.safeParse({
      action: formString(form, 'action'),
      version: Number(formString(form, 'version')),
      ...(reason !== '' && { reason }),
    });
    const typing: PageTyping = { cancelReason: reason };
    const cancel: CancelTyping = {
      version: formString(form, 'version'),
      reason,
      confirmed: formString(form, 'confirm') === '1',
    };
    const switched = switchedLanguage(form);
    if (switched) {
      // The language switch: the same form again in the other language, with the reason typed.
      chooseLanguage(c, switched, services.config.cookieSecure);
      const step =
        cancel.confirmed && (await cancelConfirmation(c, services, caller, needId, { ...cancel, confirmed: false }));
      return step || renderNeedDetail(c, services, caller, needId, { typing });
    }
    if (!parsed.success) {
      const { t } = pageContext(c, services.config.localPlatform);
      const errors = fieldErrors(t, toFieldIssues(parsed.error.issues));
      // Only the reason is typed; anything else wrong means the form was not ours.
      const onlyReason = errors.reason !== undefined && Object.keys(errors).length === 1;
      const asked =
        onlyReason && cancel.confirmed && (await cancelConfirmation(c, services, caller, needId, cancel, errors));
      if (asked) return asked;
      const alert = { text: t(onlyReason ? 'formHasErrors' : 'badRequest') };
      return renderNeedDetail(c, services, caller, needId, { status: 400, alert, typing: { ...typing, errors } });
    }
    const { action, version } = parsed.data;
    // Someone accepted, is invited or offered help: cancel only once confirmed, with a reason they are told.
    const asked = action === 'cancel' && (await cancelConfirmation(c, services, caller, needId, cancel));
    if (asked) return asked;
    return attempt(
      c,
      caller,
      needId,
      async () => {
        try {
          await services.needs.setStatus(caller, needId, action, version, services.clock(), parsed.data.reason);
        } catch (error) {
          const step = await reasonStep(c, services, caller, needId, cancel, error);
          if (step) return step;
          throw error;
        }
        return back(c, needId, action);
      },
      typing,
    );
  });
}
