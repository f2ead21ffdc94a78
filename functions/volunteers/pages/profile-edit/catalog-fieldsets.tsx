import { LANGUAGE_LEVELS, LANGUAGES } from '../../../../shared/catalog/languages.ts';
import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import { Checkbox, type FieldErrors, Fieldset, Select } from '../../../../shared/web/form.tsx';
import { catalogLanguageOf, languageName, skillName } from '../../../../shared/web/format.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import type { ProfileFormValues } from './form.ts';

/** The profile form's choices from the catalogue: languages with their level, skills, quarters. */
export function CatalogFieldsets(props: {
  page: PageContext;
  catalog: Catalog;
  values: ProfileFormValues;
  errors: FieldErrors;
}) {
  const { page, values, errors, catalog } = props;
  const { t, lang } = page;
  const levelOptions = [
    { value: '', label: t('levelNone') },
    ...LANGUAGE_LEVELS.map((level) => ({ value: level, label: level === 'native' ? t('level_native') : level })),
  ];
  return (
    <>
      <Fieldset legend={t('languages')} name="languages" errors={errors} hint={t('languagesHint')}>
        <div class="row">
          {LANGUAGES.map((language) => (
            <Select
              name={`lang_${language.code}`}
              label={languageName(lang, language.code)}
              value={values.languages[language.code]}
              options={levelOptions}
              errors={errors}
            />
          ))}
        </div>
      </Fieldset>

      <Fieldset legend={t('skills')} name="skills" errors={errors}>
        <div class="columns" lang={catalogLanguageOf(lang) === lang ? undefined : catalogLanguageOf(lang)}>
          {/* A retired skill is offered only to a profile that has it, so saving the form keeps it. */}
          {[...catalog.skills, ...(catalog.retired?.skills ?? []).filter((skill) => values.skills.includes(skill.id))]
            .sort((a, b) => skillName(lang, a).localeCompare(skillName(lang, b), catalogLanguageOf(lang)))
            .map((skill) => (
              <div>
                <Checkbox
                  name="skills"
                  value={skill.id}
                  label={skillName(lang, skill)}
                  checked={values.skills.includes(skill.id)}
                />
              </div>
            ))}
        </div>
      </Fieldset>

      <Fieldset legend={t('quarters')} name="quarters" errors={errors}>
        <Checkbox name="allQuarters" value="on" label={t('allQuarters')} checked={values.allQuarters} />
        <div class="columns">
          {[
            ...catalog.quarters,
            ...(catalog.retired?.quarters ?? []).filter((quarter) => values.quarters.includes(quarter.id)),
          ].map((quarter) => (
            <div>
              <Checkbox
                name="quarters"
                value={quarter.id}
                label={quarter.name}
                checked={values.quarters.includes(quarter.id)}
              />
            </div>
          ))}
        </div>
      </Fieldset>
    </>
  );
}
