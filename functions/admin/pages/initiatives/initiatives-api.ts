import type { Hono } from 'hono';
import { viaOf } from '../../../../shared/audit/via.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { requireCaller } from '../../../../shared/http/authenticate.ts';
import { registerApiRoute } from '../../../../shared/http/register-route.ts';
import type { AdminContext } from '../../admin-context.ts';
import {
  createInitiative,
  linkInitiative,
  listInitiatives,
  unlinkInitiative,
  updateInitiative,
} from '../../contract.ts';

/** The initiatives API: list, register, rename/deactivate, link and unlink needs. */
export function registerInitiativesApi(app: Hono<AppEnv>, { services }: AdminContext): void {
  const { clock, initiatives } = services;
  registerApiRoute(app, listInitiatives, async (c) =>
    c.json({ initiatives: await initiatives.list(requireCaller(c)) }),
  );
  registerApiRoute(app, createInitiative, async (c, { body }) =>
    c.json(await initiatives.create(requireCaller(c), body.name, clock()), 201),
  );
  registerApiRoute(app, updateInitiative, async (c, { params, body }) =>
    c.json(await initiatives.update(requireCaller(c), params.initiativeId, body, clock())),
  );
  registerApiRoute(app, linkInitiative, async (c, { params }) => {
    await initiatives.link(requireCaller(c), params.initiativeId, params.needId, viaOf(c), clock());
    return c.body(null, 204);
  });
  registerApiRoute(app, unlinkInitiative, async (c, { params }) => {
    await initiatives.unlink(requireCaller(c), params.initiativeId, params.needId);
    return c.body(null, 204);
  });
}
