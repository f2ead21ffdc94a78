import type { Context, Hono } from 'hono';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { CatalogAdmin } from '../../../../shared/catalog/catalog-admin.ts';
import type { CatalogEntries } from '../../../../shared/catalog/catalog-entries.ts';
import { Slug } from '../../../../shared/catalog/schemas.ts';
import {
  AlreadyExistsError,
  NotFoundError,
  ValidationError,
  VersionConflictError,
} from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { toFieldIssues } from '../../../../shared/http/issues.ts';
import { adminCaller, pathParam } from '../../../../shared/web/admin/guards.ts';
import { acknowledgedVersion, conflictRows } from '../../../../shared/web/conflict-panel.tsx';
import { formString, readForm } from '../../../../shared/web/form.tsx';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { AdminContext } from '../../admin-context.ts';
import {
  CATALOG_KINDS,
  type CatalogKindName,
  catalogErrors,
  conflictTexts,
  fieldName,
  formKey,
  inputOf,
  readValues,
  schemaOf,
  valuesOf,
} from './catalog-form.ts';
import { loadCatalogPage } from './catalog-loader.ts';
import { CatalogPage, type CatalogPageProps } from './catalog-view.tsx';

const NOTICES = ['added', 'saved'] as const;

/** Where the id of a new entry comes from, for the "already exists" error. */
const ID_SOURCE: Record<CatalogKindName, string> = { quarter: 'name', venue: 'name', skill: 'en' };

type Write = (admin: CatalogAdmin, caller: Caller, input: never, id?: string) => Promise<unknown>;
const WRITES: Record<CatalogKindName, { add: Write; edit: Write }> = {
  quarter: {
    add: (admin, caller, input) => admin.addQuarter(caller, input),
    edit: (admin, caller, input, id) => admin.editQuarter(caller, id as string, input),
  },
  venue: {
    add: (admin, caller, input) => admin.addVenue(caller, input),
    edit: (admin, caller, input, id) => admin.editVenue(caller, id as string, input),
  },
  skill: {
    add: (admin, caller, input) => admin.addSkill(caller, input),
    edit: (admin, caller, input, id) => admin.editSkill(caller, id as string, input),
  },
};

const storedEntry = (entries: CatalogEntries, kind: CatalogKindName, id: string) =>
  (kind === 'quarter' ? entries.quarters : kind === 'venue' ? entries.venues : entries.skills).find(
    (entry) => entry.id === id,
  );

/**
 * The catalogue page (/admin/catalog) and its forms: add, edit and retire quarters, venues and
 * skills. A form that fails keeps what was typed; an edit that lost a race (409) shows the stored
 * values beside the typed ones and keeps the typing.
 */
export function registerCatalogPages(app: Hono<AppEnv>, context: AdminContext): void {
  const { services, catalogAdmin } = context;
  const local = services.config.localPlatform;

  const render = async (
    c: Context<AppEnv>,
    caller: Caller,
    options: Omit<CatalogPageProps, 'page' | 'entries'> & { status?: 200 | 400 | 409 } = {},
  ) => {
    const { status, ...rest } = options;
    const data = await loadCatalogPage(context, caller);
    return c.html(<CatalogPage page={pageContext(c, local)} {...data} {...rest} />, status ?? 200);
  };

  app.get('/admin/catalog', async (c) => {
    const caller = adminCaller(c);
    const { t } = pageContext(c, local);
    const notice = NOTICES.find((name) => name === c.req.query('notice'));
    return render(c, caller, { notice: notice && t(`catNotice_${notice}`) });
  });

  const save = async (c: Context<AppEnv>, kind: CatalogKindName, id: string | undefined) => {
    const caller = adminCaller(c);
    const { t } = pageContext(c, local);
    const form = await readForm(c.req.raw);
    const key = formKey(kind, id);
    const values = readValues(kind, key, (name) => formString(form, name));
    const isNew = id === undefined;
    const version = acknowledgedVersion(formString(form, 'action'), formString(form, 'seenVersion'));
    const parsed = schemaOf(kind, isNew).safeParse(inputOf(kind, values, isNew, version));
    const typed = { key, values };
    if (!parsed.success) {
      const errors = catalogErrors(t, kind, key, toFieldIssues(parsed.error.issues));
      return render(c, caller, { status: 400, errors, typed });
    }
    try {
      const write = WRITES[kind][isNew ? 'add' : 'edit'];
      await write(catalogAdmin, caller, parsed.data as never, id);
    } catch (error) {
      if (error instanceof ValidationError) {
        return render(c, caller, { status: 400, errors: catalogErrors(t, kind, key, error.issues), typed });
      }
      if (error instanceof AlreadyExistsError) {
        const errors = { [fieldName(key, ID_SOURCE[kind])]: t('catErr_exists') };
        return render(c, caller, { status: 409, errors, typed });
      }
      if (error instanceof VersionConflictError && id !== undefined) {
        const stored = storedEntry(await catalogAdmin.entries(caller), kind, id);
        if (!stored) throw new NotFoundError('Catalogue entry');
        const rows = conflictRows(conflictTexts(t, kind, valuesOf(kind, stored)), conflictTexts(t, kind, values));
        return render(c, caller, {
          status: 409,
          typed: { ...typed, conflict: { rows, seenVersion: String(stored.version) } },
        });
      }
      throw error;
    }
    // The anchor is built from a checked slug or a fixed name: never input.
    return c.redirect(`/admin/catalog?notice=${isNew ? 'added' : 'saved'}#${isNew ? `${kind}s` : key}`, 303);
  };

  for (const kind of CATALOG_KINDS) {
    app.post(`/admin/catalog/${kind}s`, (c) => save(c, kind, undefined));
    app.post(`/admin/catalog/${kind}s/:id`, (c) => save(c, kind, pathParam(c, 'id', Slug)));
  }
}
