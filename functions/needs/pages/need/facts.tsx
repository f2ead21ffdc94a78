import type { Need } from '../../../../shared/needs/schemas.ts';
import { type CatalogNames, scheduleText } from '../../../../shared/web/format.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';

/** What the need is: when, where, what for, the skills and languages it asks for, children involved. */
export function NeedFacts(props: { page: PageContext; need: Need; names: CatalogNames }) {
  const { page, need, names } = props;
  const { t, lang } = page;
  const list = (items: string[], name: (id: string) => string) =>
    items.length > 0 ? items.map(name).join(', ') : t('none');
  return (
    <dl class="profile">
      <dt>{t('needWhen')}</dt>
      <dd>{scheduleText(t, lang, need.schedule)}</dd>
      <dt>{t('needWhere')}</dt>
      <dd>
        {names.venue(need.venueId)}, {names.quarter(need.quarterId)}
      </dd>
      {need.description && (
        <>
          <dt>{t('needDescription')}</dt>
          <dd class="pre">{need.description}</dd>
        </>
      )}
      <dt>{t('needRequiredSkills')}</dt>
      <dd lang={names.foreign}>{list(need.requiredSkills, names.skill)}</dd>
      <dt>{t('needNiceToHave')}</dt>
      <dd lang={names.foreign}>{list(need.niceToHaveSkills, names.skill)}</dd>
      <dt>{t('needLanguages')}</dt>
      <dd>
        {need.languages.length > 0 ? `${list(need.languages, names.language)} ${t('needAnyLanguage')}` : t('none')}
      </dd>
      <dt>{t('needMinorsShort')}</dt>
      <dd>{need.involvesMinors ? t('needMinorsYes') : t('needMinorsNo')}</dd>
    </dl>
  );
}
