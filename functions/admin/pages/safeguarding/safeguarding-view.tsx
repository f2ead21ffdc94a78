import { hasRole } from '../../../../shared/auth/caller.ts';
import type { SafeguardingStatus } from '../../../../shared/safeguarding/safeguarding-service.ts';
import { AdminNav } from '../../../../shared/web/admin/components.tsx';
import { ErrorSummary, type FieldErrors, Notice } from '../../../../shared/web/form.tsx';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { SafeguardingForm, type SafeguardingValues } from '../../../../shared/web/safeguarding-form.tsx';
import { safeguardingStatusText } from '../../../../shared/web/safeguarding-status.ts';

export interface SafeguardingPageProps {
  page: PageContext;
  values: SafeguardingValues;
  errors: FieldErrors;
  notice?: string | undefined;
  alert?: string | undefined;
  /** The volunteer's name, when the caller may see the profile. */
  person?: string | undefined;
  /** What is recorded now for that volunteer. */
  current?: SafeguardingStatus | undefined;
}

/**
 * Recording a safeguarding check (§72a SGB VIII) for a volunteer: only that the extended police
 * certificate was inspected, when it was issued and whether it shows a relevant conviction.
 */
export function SafeguardingPage(props: SafeguardingPageProps) {
  const { page, values, errors, current } = props;
  const { t, lang } = page;
  return (
    <Layout page={page} title={t('sgTitle')}>
      <ErrorSummary t={t} errors={errors} message={props.alert} />
      {props.notice && <Notice>{props.notice}</Notice>}
      {/* Managers use this page too; the admin area's other pages are admins' only. */}
      {page.caller && hasRole(page.caller, 'admin') && <AdminNav t={t} current="/admin/safeguarding" />}
      <section class="alert" aria-labelledby="no-copy">
        <h2 id="no-copy">{t('sgNoCopyTitle')}</h2>
        <p>{t('sgNoCopy')}</p>
        <p>{t('sgDeletion')}</p>
      </section>
      {props.person && (
        <p>
          {t('sgPerson')}: <strong>{props.person}</strong>
        </p>
      )}
      {current && <p>{safeguardingStatusText(t, lang, current)}</p>}
      <SafeguardingForm page={page} values={values} errors={errors} action="/admin/safeguarding" />
    </Layout>
  );
}
