import type { Context, Hono } from 'hono';
import { AuditQuery } from '../../../../shared/audit/schemas.ts';
import { viaOf } from '../../../../shared/audit/via.ts';
import { hasRole } from '../../../../shared/auth/caller.ts';
import { type FieldIssue, ForbiddenError, ValidationError } from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { requireCaller } from '../../../../shared/http/authenticate.ts';
import { toFieldIssues } from '../../../../shared/http/issues.ts';
import { registerApiRoute } from '../../../../shared/http/register-route.ts';
import type { FieldErrors } from '../../../../shared/web/form.tsx';
import { issueText, type Translate } from '../../../../shared/web/i18n.ts';
import type { MessageKey } from '../../../../shared/web/messages-de.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { AdminContext } from '../../admin-context.ts';
import { listAudit } from '../../contract.ts';
import { type AuditFilterValues, AuditPage } from './audit-view.tsx';

/** Who looked at whose data must not linger in a browser or proxy cache. */
const NO_STORE = { 'Cache-Control': 'no-store' };

const LINK_ONLY = ['cursor', 'limit'];

const FIELD_TEXTS: Record<string, MessageKey> = {
  subjectId: 'audErr_person',
  actorId: 'audErr_person',
  from: 'audErr_date',
  to: 'audErr_date',
};

/**
 * The audit trail for admins: `GET /api/admin/audit` and the page `/admin/audit`, both through
 * {@link AuditTrail.list} (admins only; the viewing is itself recorded).
 */
export function registerAuditRoutes(app: Hono<AppEnv>, { services }: AdminContext): void {
  const { audit, clock } = services;

  registerApiRoute(app, listAudit, async (c, { query }) =>
    c.json(await audit.list(requireCaller(c), query, viaOf(c), clock()), 200, NO_STORE),
  );

  app.get('/admin/audit', async (c: Context<AppEnv>) => {
    const caller = requireCaller(c);
    // 401, then 403, then 400: only admins learn what is wrong with a filter.
    if (!hasRole(caller, 'admin')) throw new ForbiddenError('Admin pages');
    const page = pageContext(c, services.config.localPlatform);
    const { t } = page;
    const field = (name: string) => c.req.query(name)?.trim() ?? '';
    const values: AuditFilterValues = {
      subjectId: field('subjectId'),
      actorId: field('actorId'),
      from: field('from'),
      to: field('to'),
      limit: field('limit'),
    };
    const cursor = field('cursor');
    // Empty form fields mean "no filter"; other query parameters are ignored on the page.
    const raw = Object.fromEntries(Object.entries({ ...values, cursor }).filter(([, value]) => value !== ''));
    const render = (
      status: 200 | 400,
      props: { errors?: FieldErrors; alert?: string; list?: Awaited<ReturnType<typeof audit.list>> },
    ) =>
      c.html(
        <AuditPage
          page={page}
          values={values}
          errors={props.errors ?? {}}
          alert={props.alert}
          entries={props.list?.entries ?? []}
          next={props.list?.next}
          paged={cursor !== ''}
        />,
        status,
        NO_STORE,
      );
    const parsed = AuditQuery.safeParse(raw);
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error.issues);
      // The cursor and the page size come from our own links, not from the form.
      const badLink = issues.some((issue) => LINK_ONLY.includes(issue.path));
      return render(400, { errors: errorsOf(t, issues), ...(badLink && { alert: t('audErr_cursor') }) });
    }
    try {
      return render(200, { list: await audit.list(caller, parsed.data, viaOf(c), clock()) });
    } catch (error) {
      if (error instanceof ValidationError) return render(400, { alert: t('audErr_cursor') });
      throw error;
    }
  });
}

function errorsOf(t: Translate, issues: FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const name = issue.path.split('.')[0] ?? '';
    if (LINK_ONLY.includes(name)) continue;
    // An over-long value is told its limit; otherwise the page's own words.
    if (issue.code === 'too_big') errors[name] ??= issueText(t, issue);
    errors[name] ??= t(
      name === 'to' && issue.code === 'custom' ? 'audErr_period' : (FIELD_TEXTS[name] ?? 'audErr_date'),
    );
  }
  return errors;
}
