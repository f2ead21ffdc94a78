import { viaOf } from '../../shared/audit/via.ts';
import { requireCaller } from '../../shared/http/authenticate.ts';
import { createBaseApp } from '../../shared/http/base-app.ts';
import { registerApiRoute } from '../../shared/http/register-route.ts';
import { CONSENT } from '../../shared/volunteers/consent.ts';
import {
  agreeToConsent,
  deleteOwnProfile,
  getConsent,
  getOwnProfile,
  getProfile,
  ownSafeguarding,
  pauseOwnProfile,
  recordSafeguarding,
  resumeOwnProfile,
  saveOwnProfile,
  searchVolunteers,
} from './contract.ts';
import { registerConsentPage } from './pages/consent/routes.tsx';
import { registerProfilePage } from './pages/profile/routes.tsx';
import { registerProfileEditPage } from './pages/profile-edit/routes.tsx';
import type { VolunteersServices } from './services.ts';

/**
 * The volunteers function: the volunteer's pages (one folder per page under pages/: the profile,
 * its form, consent) and the JSON API of profiles, consent and safeguarding checks. The export of
 * one's data and the erasure of one's account are the privacy function's (functions/privacy).
 */
export function createVolunteersApp(services: VolunteersServices) {
  const app = createBaseApp(services);
  const { profiles, clock } = services;

  registerProfilePage(app, services);
  registerProfileEditPage(app, services);
  registerConsentPage(app, services);

  // JSON API
  registerApiRoute(app, agreeToConsent, async (c, { body }) =>
    c.json(await profiles.agreeToConsent(requireCaller(c), body.version, clock())),
  );
  registerApiRoute(app, getConsent, async (c) => c.json({ ...CONSENT }));
  registerApiRoute(app, searchVolunteers, async (c, { query }) => {
    const now = clock();
    const quarters = (await services.catalog.get(now.getTime())).quarters.map((quarter) => quarter.id);
    return c.json(await services.desk.search(requireCaller(c), query, quarters, viaOf(c), now));
  });
  registerApiRoute(app, getOwnProfile, async (c) => {
    const caller = requireCaller(c);
    return c.json(await profiles.read(caller, caller.userId, viaOf(c), clock()));
  });
  registerApiRoute(app, saveOwnProfile, async (c, { body }) => {
    const { profile, created } = await profiles.save(requireCaller(c), body, clock());
    return c.json(profile, created ? 201 : 200);
  });
  registerApiRoute(app, pauseOwnProfile, async (c) =>
    c.json(await profiles.setPaused(requireCaller(c), true, clock())),
  );
  registerApiRoute(app, resumeOwnProfile, async (c) =>
    c.json(await profiles.setPaused(requireCaller(c), false, clock())),
  );
  registerApiRoute(app, deleteOwnProfile, async (c) => {
    await profiles.delete(requireCaller(c), clock());
    return c.body(null, 204);
  });
  registerApiRoute(app, ownSafeguarding, async (c) => {
    const caller = requireCaller(c);
    return c.json(await services.safeguarding.status(caller, caller.userId, viaOf(c), clock()));
  });
  registerApiRoute(app, recordSafeguarding, async (c, { params, body }) =>
    c.json(await services.safeguarding.record(requireCaller(c), params.volunteerId, body, viaOf(c), clock())),
  );
  registerApiRoute(app, getProfile, async (c, { params }) =>
    c.json(await profiles.read(requireCaller(c), params.volunteerId, viaOf(c), clock())),
  );

  return app;
}

/** This app as the local platform builds every HTTP function's (shared/gateway/http-functions.ts). */
export const createFunctionApp = ({ services }: { services: VolunteersServices }) => createVolunteersApp(services);
