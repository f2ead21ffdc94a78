import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import type { Initiative } from '../../../../shared/initiatives/schemas.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { AdminNav } from '../../../../shared/web/admin/components.tsx';
import { ConflictPanel, type ConflictRow } from '../../../../shared/web/conflict-panel.tsx';
import {
  Checkbox,
  ErrorSummary,
  errorId,
  FieldError,
  type FieldErrors,
  Input,
  inputId,
  Notice,
} from '../../../../shared/web/form.tsx';
import { firstDate } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { needLabel } from '../common/need-label.ts';

/** Error keys of the forms that appear once per initiative. */
export const linkKey = (initiativeId: string) => `link_${initiativeId}`;
export const nameKey = (initiativeId: string) => `name_${initiativeId}`;

/** What was typed into one initiative's rename form (after an error or a conflict). */
export interface InitiativeEdit {
  initiativeId: string;
  name: string;
  active: boolean;
  version: string;
  conflict?: { rows: ConflictRow[]; seenVersion: string };
}

export interface InitiativesPageProps {
  page: PageContext;
  catalog: Catalog;
  initiatives: Initiative[];
  /** Every need (admins see all quarters), to link initiatives to. */
  needs: Need[];
  notice?: string | undefined;
  alert?: string | undefined;
  errors?: FieldErrors;
  /** What was typed as the name of a new initiative. */
  initiativeName?: string;
  /** The need chosen in one initiative's link form (after an error). */
  link?: { initiativeId: string; needId: string };
  edit?: InitiativeEdit;
}

/**
 * The initiatives page (/admin/initiatives): each initiative with the needs it partners on
 * (link, unlink), renaming and deactivating it, and registering a new one.
 */
export function InitiativesPage(props: InitiativesPageProps) {
  const { page, catalog } = props;
  const { t, lang } = page;
  const errors = props.errors ?? {};
  const needs = [...props.needs].sort(
    (a, b) => firstDate(a.schedule).localeCompare(firstDate(b.schedule)) || a.title.localeCompare(b.title),
  );
  return (
    <Layout page={page} title={t('admInitiativesTitle')}>
      <AdminNav t={t} current="/admin/initiatives" />
      <ErrorSummary t={t} errors={errors} message={props.alert} />
      {props.notice && <Notice>{props.notice}</Notice>}
      {props.initiatives.length === 0 ? (
        <p>{t('admInitiativesNone')}</p>
      ) : (
        <ul class="cards">
          {props.initiatives.map((initiative) => {
            const id = initiative.initiativeId;
            const linked = needs.filter((need) => need.initiativeIds.includes(id));
            const linkable = needs.filter(
              (need) => !need.initiativeIds.includes(id) && need.status !== 'closed' && need.status !== 'cancelled',
            );
            const key = linkKey(id);
            const selectId = inputId(key);
            const chosen = props.link?.initiativeId === id ? props.link.needId : '';
            const hasError = errors[key] !== undefined;
            const edit: InitiativeEdit =
              props.edit?.initiativeId === id
                ? props.edit
                : {
                    initiativeId: id,
                    name: initiative.name,
                    active: !initiative.deactivatedAt,
                    version: String(initiative.version),
                  };
            return (
              <li id={`initiative-${id}`}>
                <h3>
                  {initiative.name}
                  {initiative.deactivatedAt && (
                    <>
                      {' '}
                      <span class="badge">{t('admDeactivated')}</span>
                    </>
                  )}
                </h3>
                <p>
                  <strong>{t('admLinkedNeeds')}</strong>
                </p>
                {linked.length === 0 ? (
                  <p>{t('admLinkedNone')}</p>
                ) : (
                  <ul>
                    {linked.map((need) => {
                      const label = needLabel(t, lang, catalog, need);
                      return (
                        <li>
                          <a href={`/manage/needs/${need.needId}`}>{label}</a>
                          <form
                            method="post"
                            action={`/admin/initiatives/${id}/links/${need.needId}/delete`}
                            class="inline"
                          >
                            <button type="submit" class="secondary" aria-label={t('admUnlinkLabel', { need: label })}>
                              {t('admUnlink')}
                            </button>
                          </form>
                        </li>
                      );
                    })}
                  </ul>
                )}
                {initiative.deactivatedAt ? (
                  <p class="hint">{t('admInitiativeInactiveHint')}</p>
                ) : linkable.length === 0 ? (
                  <p class="hint">{t('admLinkNoNeeds')}</p>
                ) : (
                  <form method="post" action={`/admin/initiatives/${id}/links`} novalidate>
                    <label for={selectId}>{t('admLinkLabel', { name: initiative.name })}</label>
                    <p class="hint" id={`${selectId}-hint`}>
                      {t('admLinkHint')}
                    </p>
                    <select
                      id={selectId}
                      name="needId"
                      aria-invalid={hasError ? 'true' : undefined}
                      aria-describedby={[`${selectId}-hint`, hasError ? errorId(key) : ''].filter(Boolean).join(' ')}
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
                <details open={props.edit?.initiativeId === id || undefined}>
                  <summary>{t('admInitiativeEdit')}</summary>
                  <form method="post" action={`/admin/initiatives/${id}`} novalidate>
                    {edit.conflict && (
                      <ConflictPanel
                        t={t}
                        rows={edit.conflict.rows}
                        seenVersion={edit.conflict.seenVersion}
                        storedHref={`/admin/initiatives#initiative-${id}`}
                      />
                    )}
                    <input type="hidden" name="version" value={edit.version} />
                    <Input
                      name={nameKey(id)}
                      label={t('admInitiativeName')}
                      value={edit.name}
                      errors={errors}
                      autocomplete="organization"
                      extra={{ maxlength: 120 }}
                      required
                    />
                    <Checkbox name="active" value="true" label={t('admInitiativeActive')} checked={edit.active} />
                    <p class="hint">{t('admInitiativeActiveHint')}</p>
                    <p>
                      <button type="submit" name="action" value="save">
                        {t('admSave')}
                      </button>
                    </p>
                  </form>
                </details>
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
            extra={{ maxlength: 120 }}
            required
          />
          <p>
            <button type="submit">{t('admCreateSubmit')}</button>
          </p>
        </fieldset>
      </form>
    </Layout>
  );
}
