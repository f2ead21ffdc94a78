import { type AuditAction, type AuditEntry, AuditQuery } from '../../../../shared/audit/schemas.ts';
import { AdminNav } from '../../../../shared/web/admin/components.tsx';
import { ErrorSummary, type FieldErrors, Input } from '../../../../shared/web/form.tsx';
import { formatDateTime } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { maxLengths } from '../../../../shared/web/max-length.ts';
import type { MessageKey } from '../../../../shared/web/messages-de.ts';

const LIMITS = maxLengths(AuditQuery);

/** The filter as typed (strings, possibly invalid), kept in the form and in the paging link. */
export interface AuditFilterValues {
  subjectId: string;
  actorId: string;
  from: string;
  to: string;
  /** Entries per page, when the link asked for a size (not in the form). */
  limit: string;
}

/** `staff.role` → `audAction_staff_role`: an action without its text does not compile. */
type ActionKey<A extends string> = A extends `${infer Head}.${infer Tail}` ? `audAction_${Head}_${Tail}` : never;

/** The page's text for each audit action, derived from the list of actions (`staff.role` → `audAction_staff_role`). */
export const actionText = (action: AuditAction): MessageKey =>
  `audAction_${action.replace('.', '_')}` as ActionKey<AuditAction>;

/** `/admin/audit?…` with the non-empty filter fields (and a cursor). */
export function auditHref(values: Partial<AuditFilterValues>, cursor?: string): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) query.set(name, value);
  if (cursor) query.set('cursor', cursor);
  const text = query.toString();
  return text ? `/admin/audit?${text}` : '/admin/audit';
}

export interface AuditPageProps {
  page: PageContext;
  values: AuditFilterValues;
  errors: FieldErrors;
  alert?: string | undefined;
  entries: AuditEntry[];
  next?: string | undefined;
  /** Whether this is a later page (then a link back to the first). */
  paged: boolean;
}

/**
 * The audit trail for admins: a GET form (works without JavaScript, and the result can be
 * bookmarked), the entries as cards (readable at 360 px), and a link to the next page.
 */
export function AuditPage(props: AuditPageProps) {
  const { page, values, errors } = props;
  const { t, lang } = page;
  return (
    <Layout page={page} title={t('audTitle')}>
      <AdminNav t={t} current="/admin/audit" />
      <p>{t('audIntro')}</p>
      <p class="hint">{t('audRetention')}</p>
      <ErrorSummary t={t} errors={errors} message={props.alert} />
      <form method="get" action="/admin/audit" novalidate>
        <fieldset>
          <legend>{t('audFilter')}</legend>
          <div class="row">
            <Input
              name="subjectId"
              label={t('audSubject')}
              hint={t('audSubjectHint')}
              value={values.subjectId}
              errors={errors}
              autocomplete="off"
              maxlength={LIMITS.subjectId}
            />
            <Input
              name="actorId"
              label={t('audActor')}
              hint={t('audActorHint')}
              value={values.actorId}
              errors={errors}
              autocomplete="off"
              maxlength={LIMITS.actorId}
            />
          </div>
          <div class="row">
            <Input name="from" label={t('audFrom')} type="date" value={values.from} errors={errors} />
            <Input name="to" label={t('audTo')} type="date" value={values.to} errors={errors} />
          </div>
          {values.limit && <input type="hidden" name="limit" value={values.limit} />}
          <p class="actions">
            <button type="submit">{t('audShow')}</button>
            <a href="/admin/audit">{t('audReset')}</a>
          </p>
        </fieldset>
      </form>
      <section aria-labelledby="entries">
        <h2 id="entries">{t('audEntries')}</h2>
        {props.entries.length === 0 ? (
          <p>{t('audNone')}</p>
        ) : (
          <ol class="cards">
            {props.entries.map((entry) => (
              <li>
                <p>
                  <strong>{t(actionText(entry.action))}</strong> <span class="badge">{entry.action}</span>
                </p>
                <dl class="profile">
                  <dt>{t('audWhen')}</dt>
                  <dd>
                    <time datetime={entry.at}>{formatDateTime(lang, entry.at)}</time>
                  </dd>
                  <dt>{t('audWho')}</dt>
                  <dd>
                    <code>{entry.actorId}</code> ({entry.actorRoles.join(', ')}) ·{' '}
                    <a href={auditHref({ ...values, actorId: entry.actorId })}>{t('audOnlyActor')}</a>
                  </dd>
                  <dt>{t('audWhose')}</dt>
                  <dd>
                    <code>{entry.subjectId}</code> ·{' '}
                    <a href={auditHref({ ...values, subjectId: entry.subjectId })}>{t('audOnlySubject')}</a>
                  </dd>
                  <dt>{t('audRoute')}</dt>
                  <dd>
                    <code>
                      {entry.method} {entry.route}
                    </code>
                  </dd>
                </dl>
              </li>
            ))}
          </ol>
        )}
        <p class="actions">
          {props.next && <a href={auditHref(values, props.next)}>{t('audNext')}</a>}
          {props.paged && <a href={auditHref(values)}>{t('audFirst')}</a>}
        </p>
      </section>
    </Layout>
  );
}
