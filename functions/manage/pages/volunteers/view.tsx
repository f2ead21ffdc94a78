import { LANGUAGES } from '../../../../shared/catalog/languages.ts';
import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import { catalogNames } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import type { SearchPageData } from './loader.ts';

function Options(props: { items: { id: string; name: string }[]; selected?: string | undefined; any: string }) {
  return (
    <>
      <option value="">{props.any}</option>
      {props.items.map((item) => (
        <option value={item.id} selected={item.id === props.selected}>
          {item.name}
        </option>
      ))}
    </>
  );
}

const activeSkills = (catalog: Catalog, lang: PageContext['lang']) =>
  catalog.skills.map((skill) => ({ id: skill.id, name: catalogNames(catalog, lang).skill(skill.id) }));

/** /manage/volunteers: find volunteers of my quarters by name, skill or language. */
export function SearchPage(props: { page: PageContext; data: SearchPageData }) {
  const { page, data } = props;
  const { t, lang } = page;
  const names = catalogNames(data.catalog, lang);
  const { search } = data;
  const params = new URLSearchParams(
    Object.entries({ quarter: search.quarter, q: search.q, skill: search.skill, language: search.language }).flatMap(
      ([k, v]) => (v ? [[k, v]] : []),
    ),
  );
  return (
    <Layout page={page} title={t('volSearchTitle')}>
      {data.invalid.length > 0 && (
        <div class="alert" role="alert">
          <p>{t('volSearchInvalid', { fields: data.invalid.join(', ') })}</p>
        </div>
      )}
      <form method="get" action="/manage/volunteers" class="search">
        <label for="f-q">{t('volSearchName')}</label>
        <input id="f-q" name="q" type="search" maxlength={80} value={search.q ?? ''} autocomplete="off" />
        <label for="f-skill">{t('volSkills')}</label>
        <select id="f-skill" name="skill">
          <Options items={activeSkills(data.catalog, lang)} selected={search.skill} any={t('volSearchAny')} />
        </select>
        <label for="f-language">{t('needLanguages')}</label>
        <select id="f-language" name="language">
          <Options
            items={LANGUAGES.map((l) => ({ id: l.code, name: names.language(l.code) }))}
            selected={search.language}
            any={t('volSearchAny')}
          />
        </select>
        <label for="f-quarter">{t('volQuarters')}</label>
        <select id="f-quarter" name="quarter">
          <Options
            items={data.quarters.map((id) => ({ id, name: names.quarter(id) }))}
            selected={search.quarter}
            any={t('volSearchAllMine')}
          />
        </select>
        <p>
          <button type="submit">{t('volSearchButton')}</button>
        </p>
      </form>
      <section aria-labelledby="h-found">
        <h2 id="h-found">{t('volSearchFound')}</h2>
        {data.volunteers.length === 0 ? (
          <p>{t('volSearchNone')}</p>
        ) : (
          <ul class="cards">
            {data.volunteers.map((v) => (
              <li>
                <h3>
                  <a href={`/manage/volunteers/${v.volunteerId}`}>
                    {v.firstName} {v.lastName}
                  </a>
                </h3>
                {v.paused && <p class="badge">{t('volPaused')}</p>}
                <p>{v.languageCodes.map(names.language).join(', ')}</p>
                <p class="hint" lang={names.foreign}>
                  {v.skills.map(names.skill).join(', ')}
                </p>
              </li>
            ))}
          </ul>
        )}
        {data.next && (
          <p>
            <a href={`/manage/volunteers?${params.toString()}${params.size > 0 ? '&' : ''}next=${data.next}`}>
              {t('volSearchMore')}
            </a>
          </p>
        )}
      </section>
      <p>
        <a href="/manage">{t('backToNeeds')}</a>
      </p>
    </Layout>
  );
}
