import type { Context, Hono } from 'hono';
import { viaOf } from '../../../../shared/audit/via.ts';
import type { Caller } from '../../../../shared/auth/caller.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { managerCaller } from '../../../../shared/http/page-callers.ts';
import { berlinDate } from '../../../../shared/time/calendar.ts';
import { errorsOf } from '../../../../shared/web/field-errors.ts';
import { type FieldErrors, readForm } from '../../../../shared/web/form.tsx';
import { Layout } from '../../../../shared/web/layout.tsx';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { volunteerIdOf } from '../../../../shared/web/path-params.ts';
import {
  emptySafeguarding,
  readSafeguardingForm,
  SAFEGUARDING_TEXTS,
  type SafeguardingValues,
} from '../../../../shared/web/safeguarding-form.tsx';
import type { NeedsServices } from '../../services.ts';
import { loadVolunteerPage } from './loader.ts';
import { VolunteerPage } from './view.tsx';

/**
 * GET /manage/volunteers/:volunteerId (a volunteer of the manager's quarters) and POST
 * …/safeguarding (record a check there). Outside the manager's quarters: 403 "not one of your
 * quarters"; unknown: 404.
 */
export function registerVolunteerPage(app: Hono<AppEnv>, services: NeedsServices): void {
  const local = services.config.localPlatform;

  const render = async (
    c: Context<AppEnv>,
    caller: Caller,
    volunteerId: string,
    options: { values?: SafeguardingValues; errors?: FieldErrors; status?: 200 | 400; notice?: string } = {},
  ) => {
    const page = pageContext(c, local);
    try {
      const data = await loadVolunteerPage(services, caller, volunteerId, viaOf(c));
      return c.html(
        <VolunteerPage
          page={page}
          data={data}
          values={options.values ?? emptySafeguarding(volunteerId)}
          errors={options.errors ?? {}}
          notice={options.notice}
        />,
        options.status ?? 200,
      );
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
      return c.html(
        <Layout page={page} title={page.t('forbiddenTitle')}>
          <p>{page.t('notYourQuarter')}</p>
          <p>
            <a href="/manage/volunteers">{page.t('volBackToSearch')}</a>
          </p>
        </Layout>,
        403,
      );
    }
  };

  app.get('/manage/volunteers/:volunteerId', async (c) => {
    const caller = managerCaller(c);
    const notice = c.req.query('notice') === 'recorded' ? pageContext(c, local).t('sgNotice_recorded') : undefined;
    return render(c, caller, volunteerIdOf(c), notice ? { notice } : {});
  });

  app.post('/manage/volunteers/:volunteerId/safeguarding', async (c) => {
    const caller = managerCaller(c);
    const volunteerId = volunteerIdOf(c);
    const { t } = pageContext(c, local);
    const form = await readForm(c.req.raw);
    // The volunteer is the page's, whatever the form says.
    const { values, input, errors } = readSafeguardingForm(t, { ...form, volunteerId }, berlinDate(services.clock()));
    if (!input) return render(c, caller, volunteerId, { values, errors, status: 400 });
    try {
      await services.safeguarding.record(caller, volunteerId, input, viaOf(c), services.clock());
    } catch (error) {
      if (error instanceof ValidationError)
        return render(c, caller, volunteerId, {
          values,
          errors: errorsOf(t, error.issues, SAFEGUARDING_TEXTS),
          status: 400,
        });
      if (error instanceof ForbiddenError || error instanceof NotFoundError) return render(c, caller, volunteerId);
      throw error;
    }
    return c.redirect(`/manage/volunteers/${volunteerId}?notice=recorded`, 303);
  });
}
