import type { PageContext } from '../../../../shared/web/layout.tsx';

/**
 * "My data" on the profile page: download everything, or go on to delete the account
 * (both pages are the privacy function's, functions/privacy).
 */
export function PrivacySection(props: { page: PageContext }) {
  const { t } = props.page;
  return (
    <section aria-labelledby="privacy">
      <h2 id="privacy">{t('privacyTitle')}</h2>
      <p>{t('exportIntro')}</p>
      <p>
        <a class="button secondary" href="/profile/export" download="quartiershilfe-export.json">
          {t('exportDownload')}
        </a>
      </p>
      <details>
        <summary>{t('deleteAccount')}</summary>
        <p>{t('deleteAccountIntro')}</p>
        <a class="button danger" href="/profile/account/delete">
          {t('deleteAccountContinue')}
        </a>
      </details>
    </section>
  );
}
