import type { Hono } from 'hono';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { requireCaller } from '../../../../shared/http/authenticate.ts';
import { registerApiRoute } from '../../../../shared/http/register-route.ts';
import type { AdminContext } from '../../admin-context.ts';
import {
  addQuarter,
  addSkill,
  addVenue,
  editQuarter,
  editSkill,
  editVenue,
  listCatalogEntries,
} from '../../contract.ts';

/** The catalogue API for admins: every entry, and add, edit or retire quarters, venues and skills. */
export function registerCatalogApi(app: Hono<AppEnv>, { catalogAdmin }: AdminContext): void {
  registerApiRoute(app, listCatalogEntries, async (c) => c.json(await catalogAdmin.entries(requireCaller(c))));
  registerApiRoute(app, addQuarter, async (c, { body }) =>
    c.json(await catalogAdmin.addQuarter(requireCaller(c), body), 201),
  );
  registerApiRoute(app, editQuarter, async (c, { params, body }) =>
    c.json(await catalogAdmin.editQuarter(requireCaller(c), params.quarterId, body)),
  );
  registerApiRoute(app, addVenue, async (c, { body }) =>
    c.json(await catalogAdmin.addVenue(requireCaller(c), body), 201),
  );
  registerApiRoute(app, editVenue, async (c, { params, body }) =>
    c.json(await catalogAdmin.editVenue(requireCaller(c), params.venueId, body)),
  );
  registerApiRoute(app, addSkill, async (c, { body }) =>
    c.json(await catalogAdmin.addSkill(requireCaller(c), body), 201),
  );
  registerApiRoute(app, editSkill, async (c, { params, body }) =>
    c.json(await catalogAdmin.editSkill(requireCaller(c), params.skillId, body)),
  );
}
