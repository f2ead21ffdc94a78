import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';

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
