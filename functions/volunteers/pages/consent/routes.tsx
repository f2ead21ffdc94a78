import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { ConsentAgreement } from '../../../../shared/volunteers/schemas.ts';
import { formString, readForm } from '../../../../shared/web/form.tsx';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { VolunteersServices } from '../../services.ts';
import { volunteerCaller } from '../common/guards.ts';
import { ConsentPage } from './view.tsx';

/** GET/POST /profile/consent: the agreement to a new consent text, asked after sign-in. */
export function registerConsentPage(app: Hono<AppEnv>, services: VolunteersServices): void {
  const page = (c: Context<AppEnv>) => {
    c.header('cache-control', 'no-store');
    return pageContext(c, services.config.localPlatform);
  };

  app.get('/profile/consent', (c) => {
    volunteerCaller(c);
    return c.html(<ConsentPage page={page(c)} />);
  });
  app.post('/profile/consent', async (c) => {
    const caller = volunteerCaller(c);
    const form = await readForm(c.req.raw);
    const parsed = ConsentAgreement.safeParse({
      version: formString(form, 'version'),
      accepted: formString(form, 'accepted') === 'yes',
    });
    if (!parsed.success) {
      const p = page(c);
      return c.html(<ConsentPage page={p} error={p.t('err_outdated_consent')} />, 400);
    }
    await services.profiles.agreeToConsent(caller, parsed.data.version, services.clock());
    return c.redirect('/profile?consented=1', 303);
  });
}
