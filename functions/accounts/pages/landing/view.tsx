import type { Quarter } from '../../../../shared/catalog/schemas.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { startPageOf, startRoleOf } from '../../../../shared/web/start-page.ts';

export function LandingPage(props: { page: PageContext; quarters: Quarter[] }) {
  const { page } = props;
  const { t, caller } = page;
  const startRole = caller && startRoleOf(caller.roles);
  return (
    <Layout page={page} title={t('landingTitle')}>
      <p>{t('landingIntro')}</p>
      {caller ? (
        <>
          <p>{t('landingSignedIn', { email: caller.email ?? '' })}</p>
          {startRole && (
            <p>
              <a class="button" href={startPageOf(caller.roles)}>
                {t(`landingToStart_${startRole}`)}
              </a>
            </p>
          )}
        </>
      ) : (
        <>
          <h2>{t('landingSteps')}</h2>
          <ol>
            <li>{t('landingStep1')}</li>
            <li>{t('landingStep2')}</li>
            <li>{t('landingStep3')}</li>
          </ol>
          <p>
            <a class="button" href="/signup">
              {t('landingCta')}
            </a>
          </p>
        </>
      )}
      <h2>{t('quartersTitle')}</h2>
      <ul class="columns">
        {props.quarters.map((quarter) => (
          <li>
            {quarter.name} <span class="hint">({quarter.district})</span>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
