import type { Need } from '../../../../shared/needs/schemas.ts';
import type { CatalogNames } from '../../../../shared/web/format.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';

/**
 * What every card about a need says besides its date and place: the skills it asks for, its
 * languages, whether children are involved, and the link to the need's own page.
 */
export function NeedEssentials(props: {
  page: PageContext;
  names: CatalogNames;
  need: Need | undefined;
  link?: boolean;
}) {
  const { page, names, need } = props;
  const { t } = page;
  return (
    <>
      {need && need.requiredSkills.length > 0 && (
        <p>
          {t('needRequiredSkills')}: <span lang={names.foreign}>{need.requiredSkills.map(names.skill).join(', ')}</span>
        </p>
      )}
      {need && need.languages.length > 0 && (
        <p>
          {t('needLanguages')}: {need.languages.map(names.language).join(', ')}
        </p>
      )}
      {need?.involvesMinors && <p class="hint">{t('dashMinorsHint')}</p>}
      {need && props.link !== false && (
        <p>
          <a href={`/dashboard/needs/${need.needId}`}>
            {t('volNeedDetails')}
            <span class="sr-only">: {need.title}</span>
          </a>
        </p>
      )}
    </>
  );
}
