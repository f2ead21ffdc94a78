import type { Context, Hono } from 'hono';
import type { Caller } from '../../../../shared/auth/caller.ts';
import { NotFoundError, ValidationError, VersionConflictError } from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { toFieldIssues } from '../../../../shared/http/issues.ts';
import { ProfileInput } from '../../../../shared/volunteers/schemas.ts';
import { acknowledgedVersion } from '../../../../shared/web/conflict-panel.tsx';
import { fieldErrors, formString, readForm } from '../../../../shared/web/form.tsx';
import { chooseLanguage, switchedLanguage } from '../../../../shared/web/language-switch.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { VolunteersServices } from '../../services.ts';
import { volunteerCaller } from '../common/guards.ts';
import { inputFromValues, type ProfileFormValues, rowCount, valuesFromForm } from './form.ts';
import { loadProfileConflict, loadProfileForm, loadProfileValues } from './loader.ts';
import { ProfileFormPage, type ProfileFormProps } from './view.tsx';

const MORE_ROWS = 3;

type FormOptions = Partial<Pick<ProfileFormProps, 'errors' | 'message' | 'slotRows' | 'blackoutRows' | 'conflict'>> & {
  status?: 200 | 400 | 409;
};

/**
 * GET/POST /profile/edit: the profile form. It keeps what was typed through a language switch,
 * "more rows", refused values and a lost race (the conflict panel).
 */
export function registerProfileEditPage(app: Hono<AppEnv>, services: VolunteersServices): void {
  const render = async (c: Context<AppEnv>, caller: Caller, values: ProfileFormValues, options: FormOptions = {}) => {
    const page = pageContext(c, services.config.localPlatform);
    const { catalog, email } = await loadProfileForm(services, caller);
    return c.html(
      <ProfileFormPage
        page={page}
        catalog={catalog}
        values={values}
        errors={options.errors ?? {}}
        email={email}
        message={options.message}
        slotRows={options.slotRows}
        blackoutRows={options.blackoutRows}
        conflict={options.conflict}
      />,
      options.status ?? 200,
    );
  };

  app.get('/profile/edit', async (c) => {
    const caller = volunteerCaller(c);
    return render(c, caller, await loadProfileValues(services, caller));
  });

  app.post('/profile/edit', async (c) => {
    const caller = volunteerCaller(c);
    const form = await readForm(c.req.raw);
    const values = valuesFromForm(form);
    const switched = switchedLanguage(form);
    if (switched) {
      // The language switch: the same form again in the other language, with what was typed.
      chooseLanguage(c, switched, services.config.cookieSecure);
      return render(c, caller, values);
    }
    const action = formString(form, 'action');
    if (action === 'more-slots' || action === 'more-blackouts') {
      return render(c, caller, values, {
        slotRows: rowCount(values.slots.length) + (action === 'more-slots' ? MORE_ROWS : 0),
        blackoutRows: rowCount(values.blackouts.length) + (action === 'more-blackouts' ? MORE_ROWS : 0),
      });
    }
    // Only the conflict panel's "keep mine" saves over the stored version, and only the one the user was shown.
    const acknowledged = acknowledgedVersion(action, formString(form, 'seenVersion'));
    const based =
      acknowledged === undefined ? values : { ...values, version: acknowledged === '0' ? '' : acknowledged };
    const { input, fieldName } = inputFromValues(based);
    const page = pageContext(c, services.config.localPlatform);
    const parsed = ProfileInput.safeParse(input);
    if (!parsed.success) {
      return render(c, caller, values, {
        status: 400,
        errors: fieldErrors(page.t, toFieldIssues(parsed.error.issues), fieldName),
      });
    }
    try {
      await services.profiles.save(caller, parsed.data, services.clock());
    } catch (error) {
      if (error instanceof ValidationError) {
        return render(c, caller, values, { status: 400, errors: fieldErrors(page.t, error.issues, fieldName) });
      }
      if (error instanceof VersionConflictError || (error instanceof NotFoundError && parsed.data.version)) {
        // The typing keeps the version it was based on: saving it plainly conflicts again.
        const conflict = await loadProfileConflict(services, caller, values, page);
        return render(c, caller, values, { status: 409, conflict });
      }
      throw error;
    }
    return c.redirect('/profile?saved=1', 303);
  });
}
