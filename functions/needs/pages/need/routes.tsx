import type { Hono } from 'hono';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { managerCaller } from '../../../../shared/http/page-callers.ts';
import { needIdOf } from '../../../../shared/web/path-params.ts';
import type { NeedsServices } from '../../services.ts';
import { registerInviteActions } from './invite-actions.ts';
import { registerMatchSteps } from './match-steps.ts';
import { registerMessageAction } from './message-action.ts';
import { renderNeedDetail } from './render.tsx';
import { registerStatusAction } from './status-action.ts';

/**
 * The manager's page of a need (GET /manage/needs/:needId) and its buttons: status, message,
 * invitations and the steps on matches. Each redirects back with a notice (303).
 */
export function registerNeedPage(app: Hono<AppEnv>, services: NeedsServices): void {
  app.get('/manage/needs/:needId', async (c) => renderNeedDetail(c, services, managerCaller(c), needIdOf(c)));
  registerStatusAction(app, services);
  registerMessageAction(app, services);
  registerInviteActions(app, services);
  registerMatchSteps(app, services);
}
