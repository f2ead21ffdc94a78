import type { Context, Hono } from 'hono';
import { viaOf } from '../../../../shared/audit/via.ts';
import type { Caller } from '../../../../shared/auth/caller.ts';
import { ValidationError } from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { toFieldIssues } from '../../../../shared/http/issues.ts';
import { NeedMessageInput, NeedTransitionInput } from '../../../../shared/needs/schemas.ts';
import type { Services } from '../../../../shared/platform/services.ts';
import { fieldErrors, formList, formString, readForm } from '../../../../shared/web/form.tsx';
import { catalogNames } from '../../../../shared/web/format.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { InviteInput } from '../../contract.ts';
import { actionOf, managerCaller, needIdOf, volunteerIdOf } from '../common/access.ts';
import { conflictText } from '../common/explain.ts';
import { type CancelTyping, cancelConfirmation, reasonStep } from '../need-cancel/view.tsx';
import { messageValuesFromForm } from './message.tsx';
import { MANAGER_STEPS, type PageAlert, type PageTyping, renderNeedDetail } from './view.tsx';

/**
 * The buttons of the need page. Each redirects back with a notice (303); a domain error the
 * manager can understand (full, not eligible, changed meanwhile) renders the page with a message.
 */
export function registerNeedActions(app: Hono<AppEnv>, services: Services): void {
  const back = (c: Context<AppEnv>, needId: string, notice: string, n?: number) =>
    c.redirect(`/manage/needs/${needId}?notice=${notice}${n === undefined ? '' : `&n=${n}`}`, 303);

  /** Runs a step; a domain error becomes the need page with the error in words (and the typing kept). */
  const attempt = async (
    c: Context<AppEnv>,
    caller: Caller,
    needId: string,
    step: () => Promise<Response>,
    typing?: PageTyping,
  ) => {
    try {
      return await step();
    } catch (error) {
      const alert = await explain(c, error);
      if (!alert) throw error;
      return renderNeedDetail(c, services, caller, needId, { status: 409, alert, typing });
    }
  };

  const explain = async (c: Context<AppEnv>, error: unknown): Promise<PageAlert | undefined> => {
    const { t, lang } = pageContext(c, services.config.localPlatform);
    const catalog = await services.catalog.get(services.clock().getTime());
    return conflictText(t, lang, catalogNames(catalog, lang), error);
  };

  /** Invites one by one, so that the manager learns who was invited and who could not be. */
  const inviteEach = async (c: Context<AppEnv>, caller: Caller, needId: string, ids: string[]) => {
    const problems: NonNullable<PageAlert['problems']> = [];
    let invited = 0;
    for (const volunteerId of ids) {
      try {
        await services.matches.invite(caller, needId, [volunteerId], viaOf(c), services.clock());
        invited++;
      } catch (error) {
        const alert = await explain(c, error);
        if (!alert) throw error;
        problems.push({ volunteerId, text: alert.text, reasons: alert.reasons ?? [] });
      }
    }
    if (problems.length === 0) return back(c, needId, 'invited', invited);
    const { t } = pageContext(c, services.config.localPlatform);
    return renderNeedDetail(c, services, caller, needId, {
      status: 409,
      alert: { text: t('inviteProblems', { n: invited }), problems },
    });
  };

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

  app.post('/manage/needs/:needId/messages', async (c) => {
    const caller = managerCaller(c);
    const needId = needIdOf(c);
    const values = messageValuesFromForm(await readForm(c.req.raw));
    const parsed = NeedMessageInput.safeParse({ text: values.text, audience: values.audience || undefined });
    if (!parsed.success) {
      const { t } = pageContext(c, services.config.localPlatform);
      const errors = fieldErrors(t, toFieldIssues(parsed.error.issues));
      return renderNeedDetail(c, services, caller, needId, {
        status: 400,
        alert: { text: t('formHasErrors') },
        typing: { message: values, errors },
      });
    }
    return attempt(
      c,
      caller,
      needId,
      async () => {
        try {
          await services.needs.message(caller, needId, parsed.data, services.clock(), values.requestKey || undefined);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          // The form's key is no key (not a form we rendered): ask again with a fresh one.
          const { t } = pageContext(c, services.config.localPlatform);
          return renderNeedDetail(c, services, caller, needId, {
            status: 400,
            alert: { text: t('badRequest') },
            typing: { message: { ...values, requestKey: '' } },
          });
        }
        return back(c, needId, 'messageSent');
      },
      { message: values },
    );
  });

  app.post('/manage/needs/:needId/invite', async (c) => {
    const caller = managerCaller(c);
    const needId = needIdOf(c);
    const parsed = InviteInput.safeParse({ volunteerIds: formList(await readForm(c.req.raw), 'volunteerIds') });
    if (!parsed.success || !('volunteerIds' in parsed.data)) {
      const { t } = pageContext(c, services.config.localPlatform);
      return renderNeedDetail(c, services, caller, needId, { status: 400, alert: { text: t('inviteChooseSomeone') } });
    }
    return inviteEach(c, caller, needId, parsed.data.volunteerIds);
  });

  app.post('/manage/needs/:needId/invite-top', async (c) => {
    const caller = managerCaller(c);
    const needId = needIdOf(c);
    const { t } = pageContext(c, services.config.localPlatform);
    const top = formString(await readForm(c.req.raw), 'top');
    const parsed = InviteInput.safeParse({ top: top === '' ? undefined : Number(top) });
    if (!parsed.success || !('top' in parsed.data)) {
      return renderNeedDetail(c, services, caller, needId, { status: 400, alert: { text: t('inviteTopInvalid') } });
    }
    const count = parsed.data.top;
    // The same rule as the API's: whoever declined or withdrew is not asked again in bulk.
    const ids = await services.matches.topProposals(caller, needId, count, viaOf(c), services.clock());
    if (ids.length === 0) {
      return renderNeedDetail(c, services, caller, needId, { status: 409, alert: { text: t('inviteTopNone') } });
    }
    return inviteEach(c, caller, needId, ids);
  });

  app.post('/manage/needs/:needId/matches/:volunteerId/:action', async (c) => {
    const caller = managerCaller(c);
    const needId = needIdOf(c);
    const volunteerId = volunteerIdOf(c);
    const action = actionOf(c, MANAGER_STEPS);
    return attempt(c, caller, needId, async () => {
      // A no-show (or its undoing) names its date in the form.
      const date = action === 'no_show' || action === 'came' ? formString(await readForm(c.req.raw), 'date') : '';
      await services.matches.managerStep(caller, needId, volunteerId, action, viaOf(c), services.clock(), {
        date: date || undefined,
      });
      return back(c, needId, action === 'cancel' ? 'cancelMatch' : action);
    });
  });
}
