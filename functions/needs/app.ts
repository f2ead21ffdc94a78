import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { viaOf } from '../../shared/audit/via.ts';
import { hasRole } from '../../shared/auth/caller.ts';
import { ForbiddenError } from '../../shared/errors/index.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { requireCaller } from '../../shared/http/authenticate.ts';
import { createBaseApp } from '../../shared/http/base-app.ts';
import { errorBody } from '../../shared/http/error-handler.ts';
import { idempotencyKey } from '../../shared/http/idempotency.ts';
import { registerApiRoute } from '../../shared/http/register-route.ts';
import type { Match } from '../../shared/matches/schemas.ts';
import { registerCalendarRoutes } from './calendar-routes.ts';
import {
  createNeed,
  getNeed,
  type InviteInput,
  inviteCover,
  inviteVolunteers,
  listCandidates,
  listCoverCandidates,
  listNeeds,
  managerCoverAction,
  managerMatchAction,
  sendNeedMessage,
  setNeedStatus,
  updateNeed,
} from './contract.ts';
import { registerManageList } from './pages/manage-list/routes.tsx';
import { registerNeedPage } from './pages/need/routes.tsx';
import { registerNeedCover } from './pages/need-cover/routes.tsx';
import { registerNeedForm } from './pages/need-form/routes.tsx';
import { registerVolunteerPage } from './pages/volunteer/routes.tsx';
import { registerVolunteerSearch } from './pages/volunteers/routes.tsx';
import { registerWeekPage } from './pages/week/routes.tsx';
import { rosterEntries } from './roster-view.ts';
import type { NeedsServices } from './services.ts';

/**
 * Needs and matches, the managers' side: posting, matching, inviting, answering offers, the
 * /manage pages; and the needs volunteers read (GET /api/needs, /api/needs/{needId}). The
 * volunteer's steps, dashboard and need page are the dashboard function's.
 */
export function createNeedsApp(services: NeedsServices) {
  const app = createBaseApp(services);
  const { needs, matches, clock } = services;
  const catalog = () => services.catalog.get(clock().getTime());

  registerApiRoute(app, createNeed, async (c, { body }) =>
    c.json(await needs.create(requireCaller(c), body, clock(), idempotencyKey(c)), 201),
  );
  registerApiRoute(app, listNeeds, async (c) => {
    const caller = requireCaller(c);
    if (hasRole(caller, 'manager') || hasRole(caller, 'admin'))
      return c.json({ needs: await needs.listManaged(caller, await catalog()) });
    if (hasRole(caller, 'volunteer'))
      return c.json({ needs: await needs.listOpenForVolunteer(caller, await catalog()) });
    throw new ForbiddenError('No needs for this role');
  });
  registerApiRoute(app, getNeed, async (c, { params }) => {
    const caller = requireCaller(c);
    const need = await needs.read(caller, params.needId);
    if (!hasRole(caller, 'manager') && !hasRole(caller, 'admin')) return c.json(need);
    const view = await matches.needView(caller, params.needId, viaOf(c), clock());
    return c.json({
      ...need,
      roster: rosterEntries(view.need ?? need, view.matches as Match[]),
      matches: view.matches,
      events: view.events,
      needEvents: view.needEvents,
    });
  });
  registerApiRoute(app, updateNeed, async (c, { params, body }) =>
    c.json(await needs.update(requireCaller(c), params.needId, body, clock())),
  );
  registerApiRoute(app, setNeedStatus, async (c, { params, body }) =>
    c.json(await needs.setStatus(requireCaller(c), params.needId, body.action, body.version, clock(), body.reason)),
  );
  registerApiRoute(app, sendNeedMessage, async (c, { params, body }) =>
    c.json(await needs.message(requireCaller(c), params.needId, body, clock(), idempotencyKey(c)), 201),
  );
  registerApiRoute(app, listCandidates, async (c, { params, query }) =>
    c.json(
      await matches.candidates(requireCaller(c), params.needId, viaOf(c), clock(), {
        withoutCheck: query.withoutCheck === 'true',
      }),
    ),
  );
  const invite = async (c: Context<AppEnv>, needId: string, body: z.infer<typeof InviteInput>, date?: string) => {
    const caller = requireCaller(c);
    const now = clock();
    const ids =
      'top' in body ? await matches.topProposals(caller, needId, body.top, viaOf(c), now, date) : body.volunteerIds;
    const { invited, failed } = await matches.inviteEach(caller, needId, ids, viaOf(c), now, date);
    // All failed: answer with the first reason (409 NOT_ELIGIBLE, NEED_NOT_OPEN, …).
    if (invited.length === 0 && failed[0]) throw failed[0].error;
    return c.json({
      matches: invited,
      failed: failed.map(({ volunteerId, error }) => ({ volunteerId, ...errorBody(error).error })),
    });
  };
  registerApiRoute(app, inviteVolunteers, (c, { params, body }) => invite(c, params.needId, body));
  registerApiRoute(app, inviteCover, (c, { params, body }) => invite(c, params.needId, body, params.date));
  registerApiRoute(app, listCoverCandidates, async (c, { params }) =>
    c.json(await matches.candidates(requireCaller(c), params.needId, viaOf(c), clock(), { date: params.date })),
  );
  registerApiRoute(app, managerCoverAction, async (c, { params }) =>
    c.json(
      await matches.managerStep(requireCaller(c), params.needId, params.volunteerId, params.action, viaOf(c), clock(), {
        coverDate: params.date,
      }),
    ),
  );
  registerApiRoute(app, managerMatchAction, async (c, { params, query }) =>
    c.json(
      await matches.managerStep(requireCaller(c), params.needId, params.volunteerId, params.action, viaOf(c), clock(), {
        date: query.date,
        dateField: 'query.date',
      }),
    ),
  );
  // The web pages, one folder each under pages/: they call the same services as the JSON API.
  registerManageList(app, services);
  registerWeekPage(app, services);
  registerVolunteerSearch(app, services);
  registerVolunteerPage(app, services);
  // Before /manage/needs/:needId, or "new" would be taken for a need id.
  registerNeedForm(app, services);
  registerNeedPage(app, services);
  registerNeedCover(app, services);
  registerCalendarRoutes(app, services);
  return app;
}

/** This app as the local platform builds every HTTP function's (shared/gateway/http-functions.ts). */
export const createFunctionApp = ({ services }: { services: NeedsServices }) => createNeedsApp(services);
