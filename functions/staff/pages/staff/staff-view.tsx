import type { Role } from '../../../../shared/auth/caller.ts';
import type { StaffAccount } from '../../../../shared/auth/identity-admin.ts';
import type { StaffAssignment } from '../../../../shared/auth/staff-repository.ts';
import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import type { Initiative } from '../../../../shared/initiatives/schemas.ts';
import { AdminNav, Email, Group } from '../../../../shared/web/admin/components.tsx';
import {
  Checkbox,
  ErrorSummary,
  FieldError,
  type FieldErrors,
  Input,
  Notice,
  Select,
} from '../../../../shared/web/form.tsx';
import { catalogNames } from '../../../../shared/web/format.ts';
import type { Translate } from '../../../../shared/web/i18n.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { maxLengthOf } from '../../../../shared/web/max-length.ts';
import { NotificationSettingsLink } from '../../../../shared/web/settings-link.tsx';
import { RoleInput, StaffInvite } from '../../contract.ts';

export type StaffRow = StaffAccount & { assignment?: StaffAssignment | undefined };

export interface InviteValues {
  email: string;
  role: string;
  quarters: string[];
  initiativeId: string;
}

export const emptyInvite = (): InviteValues => ({ email: '', role: '', quarters: [], initiativeId: '' });

/** Error keys of the forms that appear once per manager or account. */
export const assignKey = (userId: string) => `assign_${userId}`;
export const roleKey = (userId: string) => `role_${userId}`;
export const accountKey = (userId: string) => `account_${userId}`;

export interface StaffPageProps {
  page: PageContext;
  catalog: Catalog;
  staff: StaffRow[];
  initiatives: Initiative[];
  /** The signed-in admin: their own account offers no role change or deactivation. */
  selfId: string;
  notice?: string | undefined;
  alert?: string | undefined;
  errors?: FieldErrors;
  /** What was typed into the invitation form. */
  invite?: InviteValues;
  /** The quarters ticked in one manager's form (after an error). */
  assign?: { userId: string; quarters: string[] };
  /** The role chosen in one account's form (after an error). */
  roleChoice?: { userId: string; role: string };
}

const STAFF_ROLES = StaffInvite.shape.role.options;
/** The choices of the role form: a staff role, or none (back to a plain volunteer account). */
export const ROLE_CHOICES = RoleInput.shape.role.options;
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

/**
 * The staff page (/admin): staff accounts and what they are responsible for, with their role,
 * deactivation and a new invitation; invitations; the quarters of each manager.
 */
export function StaffPage(props: StaffPageProps) {
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
  const activeInitiatives = props.initiatives.filter((initiative) => !initiative.deactivatedAt);

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
      <AdminNav t={t} current="/admin" />
      <ul class="plain actions">
        <li>
          <a href="#invite">{t('admInviteTitle')}</a>
        </li>
        <li>
          <a href="#quarters">{t('admAssignTitle')}</a>
        </li>
      </ul>

      <h2 id="staff">{t('admStaffTitle')}</h2>
      {staff.length === 0 ? (
        <p>{t('admStaffNone')}</p>
      ) : (
        <ul class="cards">
          {staff.map((account) => (
            <StaffCard
              t={t}
              account={account}
              scope={scope(account)}
              self={account.userId === props.selfId}
              errors={errors}
              roleChoice={props.roleChoice?.userId === account.userId ? props.roleChoice.role : undefined}
            />
          ))}
        </ul>
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
            maxlength={maxLengthOf(StaffInvite.shape.email)}
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
              ...activeInitiatives.map((initiative) => ({ value: initiative.initiativeId, label: initiative.name })),
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

      <NotificationSettingsLink t={t} />
    </Layout>
  );
}

/** One staff account: who, role, state, scope, and (not for oneself) role, deactivation and a new invitation. */
function StaffCard(props: {
  t: Translate;
  account: StaffRow;
  scope: string;
  self: boolean;
  errors: FieldErrors;
  roleChoice: string | undefined;
}) {
  const { t, account, errors } = props;
  const role = roleKey(account.userId);
  const state = accountKey(account.userId);
  const open = errors[role] !== undefined || errors[state] !== undefined;
  return (
    <li id={`account-${account.userId}`}>
      <h3>
        <Email email={account.email} />
      </h3>
      <dl class="profile">
        <dt>{t('admColRole')}</dt>
        <dd>{roleText(t, account.role)}</dd>
        <dt>{t('admColStatus')}</dt>
        <dd>
          {statusText(t, account.status)}
          {!account.enabled && (
            <>
              {' '}
              <span class="badge">{t('admDeactivated')}</span>
            </>
          )}
        </dd>
        <dt>{t('admColScope')}</dt>
        <dd>{props.scope}</dd>
      </dl>
      {props.self ? (
        <p class="hint">{t('admSelfHint')}</p>
      ) : (
        <details open={open || undefined}>
          <summary>{t('admAccountActions')}</summary>
          <form method="post" action={`/admin/staff/${account.userId}/role`} novalidate>
            <Select
              name={role}
              label={t('admRoleChange')}
              value={props.roleChoice ?? account.role}
              options={ROLE_CHOICES.map((choice) => ({ value: choice, label: t(`admRoleChoice_${choice}`) }))}
              errors={errors}
            />
            <p class="hint">{t('admRoleChangeHint')}</p>
            <p>
              <button type="submit">{t('admRoleSubmit')}</button>
            </p>
          </form>
          <form method="post" action={`/admin/staff/${account.userId}/active`}>
            <input type="hidden" name="active" value={account.enabled ? 'false' : 'true'} />
            <p class="hint">{t(account.enabled ? 'admDeactivateHint' : 'admReactivateHint')}</p>
            <p>
              <button type="submit" class={account.enabled ? 'secondary' : undefined}>
                {t(account.enabled ? 'admDeactivate' : 'admReactivate')}
              </button>
            </p>
          </form>
          {account.status === 'FORCE_CHANGE_PASSWORD' && account.enabled && (
            <form method="post" action={`/admin/staff/${account.userId}/invitation`}>
              <p class="hint">{t('admReinviteHint')}</p>
              <p>
                <button type="submit" class="secondary">
                  {t('admReinvite')}
                </button>
              </p>
            </form>
          )}
          <FieldError name={state} errors={errors} />
        </details>
      )}
    </li>
  );
}
