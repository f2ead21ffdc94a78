import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';

/** "My data" on the profile page: download everything, or go on to delete the account. */
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

/** The confirmation step before an account is erased. */
export function DeleteAccountPage(props: { page: PageContext }) {
  const { page } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t('deleteAccountTitle')}>
      <p>{t('deleteAccountIntro')}</p>
      <div class="actions">
        <form method="post" action="/profile/account/delete">
          <button class="danger" type="submit">
            {t('deleteAccountConfirm')}
          </button>
        </form>
        <a class="button secondary" href="/profile">
          {t('deleteAccountCancel')}
        </a>
      </div>
    </Layout>
  );
}

export function AccountDeletedPage(props: { page: PageContext }) {
  const { page } = props;
  return (
    <Layout page={page} title={page.t('accountDeletedTitle')}>
      <p>{page.t('accountDeletedText')}</p>
    </Layout>
  );
}
