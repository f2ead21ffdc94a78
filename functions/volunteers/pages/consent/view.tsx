import { CONSENT } from '../../../../shared/volunteers/consent.ts';
import { Notice } from '../../../../shared/web/form.tsx';
import { catalogLanguageOf } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';

/** Asked after sign-in when the profile agreed to an older consent text. */
export function ConsentPage(props: { page: PageContext; error?: string | undefined }) {
  const { page } = props;
  const { t, lang } = page;
  return (
    <Layout page={page} title={t('consentRenewTitle')}>
      {props.error && <Notice kind="alert">{props.error}</Notice>}
      <p>{t('consentRenewIntro')}</p>
      <p>{t('consentOutdated')}</p>
      {/* The consent text exists in German and English (the German one binds): other pages show the English. */}
      <blockquote lang={catalogLanguageOf(lang)}>{CONSENT[catalogLanguageOf(lang)]}</blockquote>
      <div class="actions">
        <form method="post" action="/profile/consent">
          <input type="hidden" name="version" value={CONSENT.version} />
          <input type="hidden" name="accepted" value="yes" />
          <button type="submit">{t('consentRenewSubmit', { version: CONSENT.version })}</button>
        </form>
        <a class="button secondary" href="/dashboard">
          {t('consentRenewLater')}
        </a>
      </div>
    </Layout>
  );
}
