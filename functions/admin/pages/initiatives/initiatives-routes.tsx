import type { Context, Hono } from 'hono';
import { viaOf } from '../../../../shared/audit/via.ts';
import type { Caller } from '../../../../shared/auth/caller.ts';
import {
  InvalidTransitionError,
  NotFoundError,
  ValidationError,
  VersionConflictError,
} from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { toFieldIssues } from '../../../../shared/http/issues.ts';
import { InitiativeInput, InitiativeUpdate } from '../../../../shared/initiatives/schemas.ts';
import { adminCaller, pathParam, UUID } from '../../../../shared/web/admin/guards.ts';
import { acknowledgedVersion, conflictRows } from '../../../../shared/web/conflict-panel.tsx';
import { errorsOf } from '../../../../shared/web/field-errors.ts';
import { formString, readForm } from '../../../../shared/web/form.tsx';
import type { Translate } from '../../../../shared/web/i18n.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { AdminContext } from '../../admin-context.ts';
import { loadInitiativesPage } from './initiatives-loader.ts';
import {
  type InitiativeEdit,
  InitiativesPage,
  type InitiativesPageProps,
  linkKey,
  nameKey,
} from './initiatives-view.tsx';

const NOTICES = ['created', 'linked', 'unlinked', 'saved'] as const;
type InitiativeNotice = (typeof NOTICES)[number];

type RenderOptions = Omit<InitiativesPageProps, 'page' | 'catalog' | 'initiatives' | 'needs'> & {
  status?: 200 | 400 | 404 | 409;
};

/** The rename form's fields as text, for the conflict panel. */
const editTexts = (t: Translate, edit: { name: string; active: boolean }) => ({
  name: { label: t('admInitiativeName'), text: edit.name },
  active: { label: t('admInitiativeActive'), text: t(edit.active ? 'catYes' : 'catNo') },
});

/**
 * The initiatives page (/admin/initiatives) and its forms: register, rename or deactivate,
 * link a need, unlink one. They call the same service as the initiatives API.
 */
export function registerInitiativesPages(app: Hono<AppEnv>, context: AdminContext): void {
  const { services } = context;
  const { clock, initiatives } = services;
  const local = services.config.localPlatform;

  const render = async (c: Context<AppEnv>, caller: Caller, { status, ...options }: RenderOptions = {}) => {
    const data = await loadInitiativesPage(context, caller, clock());
    return c.html(<InitiativesPage page={pageContext(c, local)} {...data} {...options} />, status ?? 200);
  };
  // The anchor holds a checked UUID: never input.
  const done = (c: Context<AppEnv>, notice: InitiativeNotice, initiativeId: string) =>
    c.redirect(`/admin/initiatives?notice=${notice}#initiative-${initiativeId}`, 303);

  app.get('/admin/initiatives', async (c) => {
    const caller = adminCaller(c);
    const { t } = pageContext(c, local);
    const notice = NOTICES.find((name) => name === c.req.query('notice'));
    return render(c, caller, { notice: notice && t(`admNotice_${notice}`) });
  });

  app.post('/admin/initiatives', async (c) => {
    const caller = adminCaller(c);
    const { t } = pageContext(c, local);
    const name = formString(await readForm(c.req.raw), 'name');
    const parsed = InitiativeInput.safeParse({ name });
    if (!parsed.success) {
      return render(c, caller, { status: 400, errors: { name: t('admErr_name') }, initiativeName: name });
    }
    const initiative = await initiatives.create(caller, parsed.data.name, clock());
    return done(c, 'created', initiative.initiativeId);
  });

  app.post('/admin/initiatives/:initiativeId', async (c) => {
    const caller = adminCaller(c);
    const initiativeId = pathParam(c, 'initiativeId', UUID);
    const { t } = pageContext(c, local);
    const form = await readForm(c.req.raw);
    const edit: InitiativeEdit = {
      initiativeId,
      name: formString(form, nameKey(initiativeId)),
      active: formString(form, 'active') === 'true',
      version: formString(form, 'version'),
    };
    // "Keep mine" after a conflict saves over the version the admin has now seen.
    const version = acknowledgedVersion(formString(form, 'action'), formString(form, 'seenVersion')) ?? edit.version;
    const parsed = InitiativeUpdate.safeParse({ name: edit.name, active: edit.active, version: Number(version) });
    if (!parsed.success) {
      const errors = errorsOf(t, toFieldIssues(parsed.error.issues), { name: 'admErr_name', version: 'admErr_stale' });
      const named = Object.fromEntries(
        Object.entries(errors).map(([field, text]) => [field === 'name' ? nameKey(initiativeId) : field, text]),
      );
      return render(c, caller, { status: 400, errors: named, edit });
    }
    try {
      await initiatives.update(caller, initiativeId, parsed.data, clock());
    } catch (error) {
      if (error instanceof ValidationError) {
        return render(c, caller, { status: 400, errors: { [nameKey(initiativeId)]: t('admErr_nameTaken') }, edit });
      }
      if (error instanceof VersionConflictError) {
        const stored = (await initiatives.list(caller)).find((entry) => entry.initiativeId === initiativeId);
        if (!stored) throw new NotFoundError('Initiative');
        const rows = conflictRows(
          editTexts(t, { name: stored.name, active: !stored.deactivatedAt }),
          editTexts(t, edit),
        );
        return render(c, caller, {
          status: 409,
          edit: { ...edit, conflict: { rows, seenVersion: String(stored.version) } },
        });
      }
      throw error;
    }
    return done(c, 'saved', initiativeId);
  });

  app.post('/admin/initiatives/:initiativeId/links', async (c) => {
    const caller = adminCaller(c);
    const initiativeId = pathParam(c, 'initiativeId', UUID);
    const { t } = pageContext(c, local);
    const needId = formString(await readForm(c.req.raw), 'needId');
    const key = linkKey(initiativeId);
    const parsed = UUID.safeParse(needId);
    if (!parsed.success) {
      return render(c, caller, { status: 400, errors: { [key]: t('admErr_need') }, link: { initiativeId, needId } });
    }
    try {
      await initiatives.link(caller, initiativeId, parsed.data, viaOf(c), clock());
    } catch (error) {
      // The initiative itself missing is a page that does not exist; a vanished need is the form's error.
      if (error instanceof NotFoundError && error.entity === 'Need') {
        return render(c, caller, {
          status: 404,
          errors: { [key]: t('admErr_needGone') },
          link: { initiativeId, needId },
        });
      }
      if (error instanceof InvalidTransitionError) {
        return render(c, caller, { status: 409, errors: { [key]: t('admInitiativeInactiveHint') } });
      }
      throw error;
    }
    return done(c, 'linked', initiativeId);
  });

  app.post('/admin/initiatives/:initiativeId/links/:needId/delete', async (c) => {
    const caller = adminCaller(c);
    const initiativeId = pathParam(c, 'initiativeId', UUID);
    const needId = pathParam(c, 'needId', UUID);
    await initiatives.unlink(caller, initiativeId, needId);
    return done(c, 'unlinked', initiativeId);
  });
}
