import type { Catalog, Quarter } from '../../../../shared/catalog/schemas.ts';
import { ConflictPanel, type ConflictRow } from '../../../../shared/web/conflict-panel.tsx';
import { ErrorSummary, type FieldErrors } from '../../../../shared/web/form.tsx';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { ChangeReason } from './change-reason.tsx';
import type { NeedFormValues } from './values.ts';
import { WhatFieldset, WhereFieldset } from './what-where.tsx';
import { WhenFieldset } from './when.tsx';
import { AutoCoverFieldset, WhoFieldset } from './who.tsx';

export interface NeedFormProps {
  page: PageContext;
  catalog: Catalog;
  /** The quarters the manager may post in. */
  quarters: Quarter[];
  values: NeedFormValues;
  errors: FieldErrors;
  action: string;
  cancelHref: string;
  title: string;
  /** Editing a stored need (not posting a new one): the form asks for a reason. */
  editing: boolean;
  message?: string | undefined;
  /** After a lost race: what is stored now, beside the typing (which keeps its old version). */
  conflict?: { rows: ConflictRow[]; seenVersion: string } | undefined;
}

/** The need form: a new need, or an edit of a stored one (with the reason told to the volunteers). */
export function NeedFormPage(props: NeedFormProps) {
  const { page, values, errors, catalog, quarters } = props;
  const { t } = page;
  const fields = { page, values, errors };
  return (
    <Layout page={page} title={props.title} langForm={{ id: 'need-form', action: 'save' }}>
      <ErrorSummary t={t} errors={errors} message={props.message} />
      <form method="post" action={props.action} class="need-form" id="need-form" novalidate>
        {/* Enter in a field submits with the first submit button: make that "save", not "keep mine". */}
        <button type="submit" name="action" value="save" class="default-submit" tabindex={-1}>
          {t('save')}
        </button>
        <input type="hidden" name="version" value={values.version} />
        <input type="hidden" name="requestKey" value={values.requestKey} />
        {props.conflict && (
          <ConflictPanel
            t={t}
            rows={props.conflict.rows}
            seenVersion={props.conflict.seenVersion}
            storedHref={props.action}
          />
        )}
        <WhatFieldset {...fields} />
        <WhereFieldset {...fields} catalog={catalog} quarters={quarters} />
        <WhenFieldset {...fields} />
        <WhoFieldset {...fields} catalog={catalog} />
        <AutoCoverFieldset {...fields} />
        {props.editing && <ChangeReason {...fields} />}
        <div class="actions">
          <button type="submit" name="action" value="save">
            {t('save')}
          </button>
          <a href={props.cancelHref}>{t('cancel')}</a>
        </div>
      </form>
    </Layout>
  );
}
