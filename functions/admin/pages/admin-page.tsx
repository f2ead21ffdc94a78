import type { Child } from 'hono/jsx';
import type { Role } from '../../../shared/auth/caller.ts';
import type { StaffAccount } from '../../../shared/auth/identity-admin.ts';
import type { StaffAssignment } from '../../../shared/auth/staff-repository.ts';
import type { Catalog } from '../../../shared/catalog/schemas.ts';
import type { Initiative } from '../../../shared/initiatives/schemas.ts';
import type { Need } from '../../../shared/needs/schemas.ts';
import {
  Checkbox,
  ErrorSummary,
  errorId,
  FieldError,
  type FieldErrors,
  Input,
  inputId,
  Notice,
  Select,
} from '../../../shared/web/form.tsx';
import { catalogNames, firstDate } from '../../../shared/web/format.ts';
import type { Translate } from '../../../shared/web/i18n.ts';
import { Layout, type PageContext } from '../../../shared/web/layout.tsx';
import { NotificationSettingsLink } from '../../../shared/web/settings-link.tsx';
import { needLabel } from './format.ts';

export type StaffRow = StaffAccount & { assignment?: StaffAssignment | undefined };

export interface InviteValues {
  email: string;
  role: string;
  quarters: string[];
  initiativeId: string;
}

export const emptyInvite = (): InviteValues => ({ email: '', role: '', quarters: [], initiativeId: '' });

/** Error keys of the forms that appear once per manager or initiative. */
export const assignKey = (userId: string) => `assign_${userId}`;
export const linkKey = (initiativeId: string) => `link_${initiativeId}`;

export interface AdminPageProps {
  page: PageContext;
  catalog: Catalog;
  staff: StaffRow[];
  initiatives: Initiative[];
  /** Every need (admins see all quarters), to link initiatives to. */
  needs: Need[];
  notice?: string | undefined;
  alert?: string | undefined;
  errors?: FieldErrors;
  /** What was typed into the invitation form. */
  invite?: InviteValues;
  /** What was typed as the name of a new initiative. */
  initiativeName?: string;
  /** The quarters ticked in one manager's form (after an error). */
  assign?: { userId: string; quarters: string[] };
  /** The need chosen in one initiative's link form (after an error). */
  link?: { initiativeId: string; needId: string };
}

const STAFF_ROLES = ['manager', 'initiative', 'admin'] as const;
const ROLE_ORDER: Record<string, number> = { manager: 0, initiative: 1, admin: 2 };
const KNOWN_STATUSES = ['CONFIRMED', 'FORCE_CHANGE_PASSWORD', 'RESET_REQUIRED'] as const;

function roleText(t: Translate, role: Role | string): string {
  return (STAFF_ROLES as readonly string[]).includes(role)
    ? t(`admRole_${role as (typeof STAFF_ROLES)[number]}`)
    : role;
}

function statusText(t: Translate, status: string): string {
  return (KNOWN_STATUSES as readonly string[]).includes(status)
    ? t(`admStatus_${status as (typeof KNOWN_STATUSES)[number]}`)
    : status;
}

/** An e-mail address that may wrap after its dots and @ (long addresses would widen a phone screen). */
function Email(props: { email: string }) {
  const parts = props.email.split(/(?<=[@.])/);
  return (
    <>
      {parts.map((part, index) => (
        <>
          {index > 0 && <wbr />}
          {part}
        </>
      ))}
    </>
  );
}

/** A group of checkboxes or radios whose error sits under its legend. */
function Group(props: { legend: Child; name: string; errors: FieldErrors; hint?: string; children: unknown }) {
  const hasError = props.errors[props.name] !== undefined;
  const id = inputId(props.name);
  const describedBy = [props.hint ? `${id}-hint` : '', hasError ? errorId(props.name) : ''].filter(Boolean).join(' ');
  return (
    <fieldset id={id} aria-describedby={describedBy || undefined} aria-invalid={hasError ? 'true' : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <FieldError name={props.name} errors={props.errors} />
      {props.children}
    </fieldset>
  );
}

/**
 * The admin page: staff accounts and what they are responsible for, invitations, the quarters
 * of each manager, and the initiatives with the needs they partner on.
 */
export function AdminPage(props: AdminPageProps) {
  const { page, catalog } = props;
  const { t, lang } = page;
  const errors = props.errors ?? {};
  const invite = props.invite ?? emptyInvite();
  const initiativeName = (id: string | undefined) =>
    props.initiatives.find((initiative) => initiative.initiativeId === id)?.name;
  const staff = [...props.staff].sort(
    (a, b) => (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9) || a.email.localeCompare(b.email),
  );
  const managers = staff.filter((account) => account.role === 'manager');
  const needs = [...props.needs].sort(
    (a, b) => firstDate(a.schedule).localeCompare(firstDate(b.schedule)) || a.title.localeCompare(b.title),
  );

  const scope = (account: StaffRow) => {
    if (account.role === 'admin') return t('admScopeAll');
    if (account.role === 'manager') {
      const quarters = account.assignment?.quarters ?? [];
      return quarters.length > 0 ? quarters.map(catalogNames(catalog, lang).quarter).join(', ') : t('admScopeMissing');
    }
    return initiativeName(account.assignment?.initiativeId) ?? t('admScopeMissing');
  };

  return (
    <Layout page={page} title={t('admTitle')}>
      <ErrorSummary t={t} errors={errors} message={props.alert} />
      {props.notice && <Notice>{props.notice}</Notice>}
      <nav aria-label={t('admContents')}>
        <ul class="plain actions">
          <li>
            <a href="#staff">{t('admStaffTitle')}</a>
          </li>
          <li>
            <a href="#invite">{t('admInviteTitle')}</a>
          </li>
          <li>
            <a href="#quarters">{t('admAssignTitle')}</a>
          </li>
          <li>
            <a href="#initiatives">{t('admInitiativesTitle')}</a>
          </li>
          <li>
            <a href="/admin/safeguarding">{t('sgTitle')}</a>
          </li>
          <li>
            <a href="/admin/audit">{t('audAdminLink')}</a>
          </li>
        </ul>
      </nav>

      <h2 id="staff">{t('admStaffTitle')}</h2>
      {staff.length === 0 ? (
        <p>{t('admStaffNone')}</p>
      ) : (
        // A scroll container on a phone: focusable and named, so that keyboards can scroll it too.
        <section class="table-wrap" aria-labelledby="staff" tabindex={0}>
          <table aria-labelledby="staff">
            <thead>
              <tr>
                <th scope="col">{t('email')}</th>
                <th scope="col">{t('admColRole')}</th>
                <th scope="col">{t('admColStatus')}</th>
                <th scope="col">{t('admColScope')}</th>
              </tr>
            </thead>
            <tbody>
              {staff.map((account) => (
                <tr>
                  <th scope="row">
                    <Email email={account.email} />
                  </th>
                  <td>{roleText(t, account.role)}</td>
                  <td>{statusText(t, account.status)}</td>
                  <td>{scope(account)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <h2 id="invite">{t('admInviteTitle')}</h2>
      <p>{t('admInviteIntro')}</p>
      <form method="post" action="/admin/staff" novalidate>
        <fieldset>
          <legend>{t('admInviteLegend')}</legend>
          <Input
            name="email"
            label={t('email')}
            type="email"
            value={invite.email}
            errors={errors}
            autocomplete="off"
            required
          />
          <Group legend={t('admColRole')} name="role" errors={errors} hint={t('admRoleHint')}>
            {STAFF_ROLES.map((role) => (
              <label class="inline" for={`f-role-${role}`}>
                <input type="radio" id={`f-role-${role}`} name="role" value={role} checked={invite.role === role} />
                {t(`admRoleLong_${role}`)}
              </label>
            ))}
          </Group>
          <Group legend={t('admQuarters')} name="quarters" errors={errors} hint={t('admQuartersHint')}>
            <div class="columns">
              {catalog.quarters.map((quarter) => (
                <Checkbox
                  name="quarters"
                  value={quarter.id}
                  label={quarter.name}
                  checked={invite.quarters.includes(quarter.id)}
                />
              ))}
            </div>
          </Group>
          <Select
            name="initiativeId"
            label={t('admInitiative')}
            value={invite.initiativeId}
            options={[
              { value: '', label: t('admChoose') },
              ...props.initiatives.map((initiative) => ({ value: initiative.initiativeId, label: initiative.name })),
            ]}
            errors={errors}
          />
          {props.initiatives.length === 0 && <p class="hint">{t('admInitiativeFirst')}</p>}
          {page.localPlatform && <p class="hint">{t('admInviteLocal')}</p>}
          <p>
            <button type="submit">{t('admInviteSubmit')}</button>
          </p>
        </fieldset>
      </form>

      <h2 id="quarters">{t('admAssignTitle')}</h2>
      <p>{t('admAssignIntro')}</p>
      {managers.length === 0 ? (
        <p>{t('admAssignNone')}</p>
      ) : (
        managers.map((account) => {
          const key = assignKey(account.userId);
          const ticked =
            props.assign?.userId === account.userId ? props.assign.quarters : (account.assignment?.quarters ?? []);
          return (
            <details open={errors[key] !== undefined || undefined}>
              <summary>
                <Email email={account.email} />: {scope(account)}
              </summary>
              <form method="post" action={`/admin/staff/${account.userId}/quarters`} novalidate>
                <Group
                  legend={
                    <>
                      {t('admAssignLegend')} <Email email={account.email} />
                    </>
                  }
                  name={key}
                  errors={errors}
                >
                  <div class="columns">
                    {catalog.quarters.map((quarter) => (
                      <Checkbox
                        name="quarters"
                        value={quarter.id}
                        label={quarter.name}
                        checked={ticked.includes(quarter.id)}
                      />
                    ))}
                  </div>
                  <p>
                    <button type="submit">{t('admAssignSubmit')}</button>
                  </p>
                </Group>
              </form>
            </details>
          );
        })
      )}

      <h2 id="initiatives">{t('admInitiativesTitle')}</h2>
      {props.initiatives.length === 0 ? (
        <p>{t('admInitiativesNone')}</p>
      ) : (
        <ul class="cards">
          {props.initiatives.map((initiative) => {
            const linked = needs.filter((need) => need.initiativeIds.includes(initiative.initiativeId));
            const linkable = needs.filter(
              (need) =>
                !need.initiativeIds.includes(initiative.initiativeId) &&
                need.status !== 'closed' &&
                need.status !== 'cancelled',
            );
            const key = linkKey(initiative.initiativeId);
            const id = inputId(key);
            const chosen = props.link?.initiativeId === initiative.initiativeId ? props.link.needId : '';
            const hasError = errors[key] !== undefined;
            return (
              <li id={`initiative-${initiative.initiativeId}`}>
                <h3>{initiative.name}</h3>
                <p>
                  <strong>{t('admLinkedNeeds')}</strong>
                </p>
                {linked.length === 0 ? (
                  <p>{t('admLinkedNone')}</p>
                ) : (
                  <ul>
                    {linked.map((need) => (
                      <li>
                        <a href={`/manage/needs/${need.needId}`}>{needLabel(t, lang, catalog, need)}</a>
                      </li>
                    ))}
                  </ul>
                )}
                {linkable.length === 0 ? (
                  <p class="hint">{t('admLinkNoNeeds')}</p>
                ) : (
                  <form method="post" action={`/admin/initiatives/${initiative.initiativeId}/links`} novalidate>
                    <label for={id}>{t('admLinkLabel', { name: initiative.name })}</label>
                    <p class="hint" id={`${id}-hint`}>
                      {t('admLinkHint')}
                    </p>
                    <select
                      id={id}
                      name="needId"
                      aria-invalid={hasError ? 'true' : undefined}
                      aria-describedby={[`${id}-hint`, hasError ? errorId(key) : ''].filter(Boolean).join(' ')}
                    >
                      <option value="" selected={chosen === ''}>
                        {t('admChoose')}
                      </option>
                      {linkable.map((need) => (
                        <option value={need.needId} selected={chosen === need.needId}>
                          {needLabel(t, lang, catalog, need)}
                        </option>
                      ))}
                    </select>
                    <FieldError name={key} errors={errors} />
                    <p>
                      <button type="submit">{t('admLinkSubmit')}</button>
                    </p>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <form method="post" action="/admin/initiatives" novalidate>
        <fieldset>
          <legend>{t('admCreateTitle')}</legend>
          <Input
            name="name"
            label={t('admInitiativeName')}
            value={props.initiativeName ?? ''}
            errors={errors}
            autocomplete="organization"
            required
          />
          <p>
            <button type="submit">{t('admCreateSubmit')}</button>
          </p>
        </fieldset>
      </form>
      <NotificationSettingsLink t={t} />
    </Layout>
  );
}
