import { LANGUAGES } from '../../../../shared/catalog/languages.ts';
import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import { AUTO_COVER_MODES, DEFAULT_COVER_BATCH } from '../../../../shared/needs/schemas.ts';
import { Checkbox, type FieldErrors, Fieldset, Input, Select } from '../../../../shared/web/form.tsx';
import { catalogLanguageOf, languageName, skillName } from '../../../../shared/web/format.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import type { NeedFormValues } from './values.ts';

function Checkboxes(props: { name: string; options: { value: string; label: string }[]; checked: string[] }) {
  return (
    <div class="columns">
      {props.options.map((option) => (
        <div>
          <Checkbox
            name={props.name}
            value={option.value}
            label={option.label}
            checked={props.checked.includes(option.value)}
          />
        </div>
      ))}
    </div>
  );
}

/**
 * How many people, the skills and languages asked for, whether children are involved. Retired
 * skills are offered only to the need that has them, so saving keeps them.
 */
export function WhoFieldset(props: {
  page: PageContext;
  values: NeedFormValues;
  errors: FieldErrors;
  catalog: Catalog;
}) {
  const { page, values, errors, catalog } = props;
  const { t, lang } = page;
  const held = (id: string) => values.requiredSkills.includes(id) || values.niceToHaveSkills.includes(id);
  const skills = [...catalog.skills, ...(catalog.retired?.skills ?? []).filter((skill) => held(skill.id))]
    .map((skill) => ({ value: skill.id, label: skillName(lang, skill) }))
    .sort((a, b) => a.label.localeCompare(b.label, catalogLanguageOf(lang)));
  const languages = LANGUAGES.map((language) => ({
    value: language.code,
    label: languageName(lang, language.code),
  })).sort((a, b) => a.label.localeCompare(b.label, lang));
  return (
    <fieldset>
      <legend>{t('needWho')}</legend>
      <Input
        name="places"
        type="number"
        label={t('needPlaces')}
        value={values.places}
        errors={errors}
        inputmode="numeric"
        extra={{ min: 1, max: 50, step: 1 }}
        required
      />
      <Fieldset legend={t('needRequiredSkills')} name="requiredSkills" errors={errors} hint={t('needRequiredHint')}>
        <Checkboxes name="requiredSkills" options={skills} checked={values.requiredSkills} />
      </Fieldset>
      <Fieldset legend={t('needNiceToHave')} name="niceToHaveSkills" errors={errors} hint={t('needNiceToHaveHint')}>
        <Checkboxes name="niceToHaveSkills" options={skills} checked={values.niceToHaveSkills} />
      </Fieldset>
      <Fieldset legend={t('needLanguages')} name="languages" errors={errors} hint={t('needLanguagesHint')}>
        <Checkboxes name="languages" options={languages} checked={values.languages} />
      </Fieldset>
      <Checkbox
        name="involvesMinors"
        value="on"
        label={t('needMinors')}
        checked={values.involvesMinors}
        describedBy="minors-hint"
      />
      <p class="hint" id="minors-hint">
        {t('needMinorsHint')}
      </p>
    </fieldset>
  );
}

/** Automatic cover of a date someone cannot come to: off, one at a time, or a batch. */
export function AutoCoverFieldset(props: { page: PageContext; values: NeedFormValues; errors: FieldErrors }) {
  const { page, values, errors } = props;
  const { t } = page;
  return (
    <fieldset>
      <legend>{t('autoCoverLegend')}</legend>
      <p class="hint">{t('autoCoverHint')}</p>
      <div class="row">
        <Select
          name="autoCoverMode"
          label={t('autoCoverMode')}
          value={values.autoCoverMode}
          options={AUTO_COVER_MODES.map((mode) => ({ value: mode, label: t(`autoCover_${mode}`) }))}
          errors={errors}
        />
        <Input
          name="autoCoverBatch"
          type="number"
          label={t('autoCoverBatch')}
          value={values.autoCoverBatch}
          errors={errors}
          inputmode="numeric"
          extra={{ min: 1, max: 10, step: 1, placeholder: String(DEFAULT_COVER_BATCH) }}
        />
      </div>
    </fieldset>
  );
}
