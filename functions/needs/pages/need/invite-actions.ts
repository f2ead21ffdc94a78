import type { Context, Hono } from 'hono';
import { viaOf } from '../../../../shared/audit/via.ts';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { managerCaller } from '../../../../shared/http/page-callers.ts';
import type { PageAlert } from '../../../../shared/web/alert.tsx';
import { formList, formString, readForm } from '../../../../shared/web/form.tsx';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { needIdOf } from '../../../../shared/web/path-params.ts';
import { InviteInput } from '../../contract.ts';
import type { NeedsServices } from '../../services.ts';
import { needAnswers } from './answers.ts';
import { renderNeedDetail } from './render.tsx';

/** POST /manage/needs/:needId/invite (the ticked candidates) and …/invite-top (the best proposals). */
export function registerInviteActions(app: Hono<AppEnv>, services: NeedsServices): void {
  const { back, explain } = needAnswers(services);

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
}
