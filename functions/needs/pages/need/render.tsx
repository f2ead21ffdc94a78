import type { Context } from 'hono';
import { viaOf } from '../../../../shared/audit/via.ts';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { ManagerStep } from '../../../../shared/matches/schemas.ts';
import { NeedTransitionInput } from '../../../../shared/needs/schemas.ts';
import type { PageAlert } from '../../../../shared/web/alert.tsx';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { NeedsServices } from '../../services.ts';
import { loadNeedDetail, namesOf } from './loader.ts';
import { NeedDetailPage, type PageTyping } from './view.tsx';

/**
 * The notices a redirect back to the need page names (`?notice=`): the form saved, the need's
 * status changed, invitations sent, a step on a match taken (cancelling one is `cancelMatch`, not
 * the need's `cancel`), a message sent.
 */
const NOTICES = [
  'created',
  'saved',
  ...NeedTransitionInput.shape.action.options,
  'invited',
  ...ManagerStep.options.filter((step): step is Exclude<typeof step, 'cancel'> => step !== 'cancel'),
  'cancelMatch',
  'messageSent',
] as const;
export type NeedNotice = (typeof NOTICES)[number];

/** The need page, with a notice after a step, or an alert (and the typing kept) after a refused one. */
export async function renderNeedDetail(
  c: Context<AppEnv>,
  services: NeedsServices,
  caller: Caller,
  needId: string,
  options: { status?: 200 | 400 | 409; alert?: PageAlert | undefined; typing?: PageTyping | undefined } = {},
) {
  const page = pageContext(c, services.config.localPlatform);
  const detail = await loadNeedDetail(services, caller, needId, viaOf(c), {
    withoutCheck: c.req.query('withoutCheck') === '1',
  });
  const notice = c.req.query('notice');
  const n = Number(c.req.query('n') ?? 0) || 0;
  const noticeText =
    options.alert === undefined && notice && (NOTICES as readonly string[]).includes(notice)
      ? page.t(`needNotice_${notice as NeedNotice}`, { n })
      : undefined;
  return c.html(
    <NeedDetailPage
      page={page}
      detail={detail}
      notice={noticeText}
      alert={options.alert}
      typing={options.typing}
      showCost={services.config.showQueryCost}
      nameOf={namesOf(page.t, caller, detail)}
    />,
    options.status ?? 200,
  );
}
