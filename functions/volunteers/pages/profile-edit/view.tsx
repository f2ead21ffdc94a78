import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import { CONSENT } from '../../../../shared/volunteers/consent.ts';
import { ProfileInput } from '../../../../shared/volunteers/schemas.ts';
import { ConflictPanel, type ConflictRow } from '../../../../shared/web/conflict-panel.tsx';
import { Checkbox, ErrorSummary, type FieldErrors, Fieldset, Input } from '../../../../shared/web/form.tsx';
import { catalogLanguageOf } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { maxLengths } from '../../../../shared/web/max-length.ts';
import { AvailabilityFieldset } from './availability-fieldset.tsx';
import { CatalogFieldsets } from './catalog-fieldsets.tsx';
import { type ProfileFormValues, rowCount } from './form.ts';

/** The text fields' limits, as the schema sets them. */
const LIMITS = maxLengths(ProfileInput);

export interface ProfileFormProps {
  page: PageContext;
  catalog: Catalog;
  values: ProfileFormValues;
  errors: FieldErrors;
  email: string;
  /** Extra rows asked for with "more rows". */
  slotRows?: number;
  blackoutRows?: number;
  message?: string | undefined;
  /** After a lost race: what is stored now, beside the typing (which keeps its old version). */
  conflict?: { rows: ConflictRow[]; seenVersion: string; gone: boolean } | undefined;
}

export function ProfileFormPage(props: ProfileFormProps) {
  const { page, values, errors, catalog } = props;
  const { t, lang } = page;
  const slotRows = rowCount(values.slots.length, props.slotRows);
  const blackoutRows = rowCount(values.blackouts.length, props.blackoutRows);
  return (
    <Layout
      page={page}
      title={values.version ? t('profileEdit') : t('profileCreate')}
      langForm={{ id: 'profile-form', action: 'save' }}
    >
      <ErrorSummary t={t} errors={errors} message={props.message} />
      <form method="post" action="/profile/edit" id="profile-form" novalidate>
        {/* Enter in a field submits with the first submit button: make that "save", not "more rows". */}
        <button type="submit" name="action" value="save" class="default-submit" tabindex={-1}>
          {t('save')}
        </button>
        <input type="hidden" name="version" value={values.version} />
        <input type="hidden" name="slotRows" value={String(slotRows)} />
        <input type="hidden" name="blackoutRows" value={String(blackoutRows)} />
        {props.conflict && (
          <ConflictPanel
            t={t}
            rows={props.conflict.rows}
            seenVersion={props.conflict.seenVersion}
            gone={props.conflict.gone}
            storedHref="/profile/edit"
          />
        )}

        <fieldset>
          <legend>{t('personal')}</legend>
          <div class="row">
            <Input
              name="firstName"
              label={t('firstName')}
              value={values.firstName}
              errors={errors}
              autocomplete="given-name"
              maxlength={LIMITS.firstName}
              required
            />
            <Input
              name="lastName"
              label={t('lastName')}
              value={values.lastName}
              errors={errors}
              autocomplete="family-name"
              maxlength={LIMITS.lastName}
              required
            />
          </div>
          <p>
            {t('email')}: <strong>{props.email}</strong> <span class="hint">{t('emailFromAccount')}</span>
          </p>
          <Input
            name="phone"
            type="tel"
            label={t('phone')}
            hint={t('phoneHint')}
            value={values.phone}
            errors={errors}
            autocomplete="tel"
            maxlength={LIMITS.phone}
          />
        </fieldset>

        <CatalogFieldsets page={page} catalog={catalog} values={values} errors={errors} />

        <AvailabilityFieldset
          page={page}
          values={values}
          errors={errors}
          slotRows={slotRows}
          blackoutRows={blackoutRows}
        />

        <Fieldset legend={t('consent')} name="consent" errors={errors}>
          <p lang={catalogLanguageOf(lang) === lang ? undefined : 'en'}>{CONSENT[catalogLanguageOf(lang)]}</p>
          <Checkbox
            name="consent"
            value="on"
            label={
              <>
                {t('consentAccept')} <span class="nowrap">{CONSENT.version}</span>
              </>
            }
            checked={values.consent}
          />
        </Fieldset>

        <div class="actions">
          <button type="submit" name="action" value="save">
            {t('save')}
          </button>
          <a href="/profile">{t('cancel')}</a>
        </div>
      </form>
    </Layout>
  );
}
