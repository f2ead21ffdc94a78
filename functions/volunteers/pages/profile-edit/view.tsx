import { LANGUAGE_LEVELS, LANGUAGES } from '../../../../shared/catalog/languages.ts';
import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import { WEEKDAYS } from '../../../../shared/time/calendar.ts';
import { CONSENT } from '../../../../shared/volunteers/consent.ts';
import { ProfileInput } from '../../../../shared/volunteers/schemas.ts';
import { ConflictPanel, type ConflictRow } from '../../../../shared/web/conflict-panel.tsx';
import { Checkbox, ErrorSummary, type FieldErrors, Fieldset, Input, Select } from '../../../../shared/web/form.tsx';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { maxLengths } from '../../../../shared/web/max-length.ts';
import { type ProfileFormValues, rowCount } from './form.ts';

/** The text fields' limits, as the schema sets them. */
const LIMITS = maxLengths(ProfileInput);

export interface ProfileFormProps {
  page: PageContext;
  catalog: Catalog;
  values: ProfileFormValues;
  errors: FieldErrors;
  email: string;
  /** Extra rows asked for with "more rows". */
  slotRows?: number;
  blackoutRows?: number;
  message?: string | undefined;
  /** After a lost race: what is stored now, beside the typing (which keeps its old version). */
  conflict?: { rows: ConflictRow[]; seenVersion: string; gone: boolean } | undefined;
}

export function ProfileFormPage(props: ProfileFormProps) {
  const { page, values, errors, catalog } = props;
  const { t, lang } = page;
  const slotRows = rowCount(values.slots.length, props.slotRows);
  const blackoutRows = rowCount(values.blackouts.length, props.blackoutRows);
  const weekdayOptions = [
    { value: '', label: '–' },
    ...WEEKDAYS.map((day) => ({ value: day, label: t(`weekday_${day}`) })),
  ];
  const levelOptions = [
    { value: '', label: t('levelNone') },
    ...LANGUAGE_LEVELS.map((level) => ({ value: level, label: level === 'native' ? t('level_native') : level })),
  ];
  return (
    <Layout
      page={page}
      title={values.version ? t('profileEdit') : t('profileCreate')}
      langForm={{ id: 'profile-form', action: 'save' }}
    >
      <ErrorSummary t={t} errors={errors} message={props.message} />
      <form method="post" action="/profile/edit" id="profile-form" novalidate>
        {/* Enter in a field submits with the first submit button: make that "save", not "more rows". */}
        <button type="submit" name="action" value="save" class="default-submit" tabindex={-1}>
          {t('save')}
        </button>
        <input type="hidden" name="version" value={values.version} />
        <input type="hidden" name="slotRows" value={String(slotRows)} />
        <input type="hidden" name="blackoutRows" value={String(blackoutRows)} />
        {props.conflict && (
          <ConflictPanel
            t={t}
            rows={props.conflict.rows}
            seenVersion={props.conflict.seenVersion}
            gone={props.conflict.gone}
            storedHref="/profile/edit"
          />
        )}

        <fieldset>
          <legend>{t('personal')}</legend>
          <div class="row">
            <Input
              name="firstName"
              label={t('firstName')}
              value={values.firstName}
              errors={errors}
              autocomplete="given-name"
              maxlength={LIMITS.firstName}
              required
            />
            <Input
              name="lastName"
              label={t('lastName')}
              value={values.lastName}
              errors={errors}
              autocomplete="family-name"
              maxlength={LIMITS.lastName}
              required
            />
          </div>
          <p>
            {t('email')}: <strong>{props.email}</strong> <span class="hint">{t('emailFromAccount')}</span>
          </p>
          <Input
            name="phone"
            type="tel"
            label={t('phone')}
            hint={t('phoneHint')}
            value={values.phone}
            errors={errors}
            autocomplete="tel"
            maxlength={LIMITS.phone}
          />
        </fieldset>

        <Fieldset legend={t('languages')} name="languages" errors={errors} hint={t('languagesHint')}>
          <div class="row">
            {LANGUAGES.map((language) => (
              <Select
                name={`lang_${language.code}`}
                label={language[lang]}
                value={values.languages[language.code]}
                options={levelOptions}
                errors={errors}
              />
            ))}
          </div>
        </Fieldset>

        <Fieldset legend={t('skills')} name="skills" errors={errors}>
          <div class="columns">
            {/* A retired skill is offered only to a profile that has it, so saving the form keeps it. */}
            {[...catalog.skills, ...(catalog.retired?.skills ?? []).filter((skill) => values.skills.includes(skill.id))]
              .sort((a, b) => a[lang].localeCompare(b[lang], lang))
              .map((skill) => (
                <div>
                  <Checkbox
                    name="skills"
                    value={skill.id}
                    label={skill[lang]}
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

        <fieldset>
          <legend>{t('availability')}</legend>
          <Fieldset legend={t('weeklySlots')} name="weeklySlots" errors={errors} hint={t('weeklySlotsHint')}>
            {Array.from({ length: slotRows }, (_, index) => {
              const slot = values.slots[index] ?? { weekday: '', start: '', end: '' };
              return (
                <fieldset>
                  <legend>{t('slot', { n: index + 1 })}</legend>
                  <div class="row">
                    <Select
                      name={`slot${index}_weekday`}
                      label={t('weekday')}
                      value={slot.weekday}
                      options={weekdayOptions}
                      errors={errors}
                    />
                    <Input
                      name={`slot${index}_start`}
                      type="time"
                      label={t('from')}
                      value={slot.start}
                      errors={errors}
                    />
                    <Input name={`slot${index}_end`} type="time" label={t('until')} value={slot.end} errors={errors} />
                  </div>
                </fieldset>
              );
            })}
            <button class="secondary" type="submit" name="action" value="more-slots">
              {t('moreRows')}
            </button>
          </Fieldset>
          <div class="row">
            <Input
              name="availableFrom"
              type="date"
              label={t('availableFrom')}
              value={values.availableFrom}
              errors={errors}
              required
            />
            <Input
              name="availableUntil"
              type="date"
              label={t('availableUntil')}
              value={values.availableUntil}
              errors={errors}
            />
          </div>
          <Fieldset legend={t('blackouts')} name="blackouts" errors={errors}>
            {Array.from({ length: blackoutRows }, (_, index) => {
              const period = values.blackouts[index] ?? { from: '', until: '' };
              return (
                <fieldset>
                  <legend>{t('blackout', { n: index + 1 })}</legend>
                  <div class="row">
                    <Input
                      name={`blackout${index}_from`}
                      type="date"
                      label={t('firstDay')}
                      value={period.from}
                      errors={errors}
                    />
                    <Input
                      name={`blackout${index}_until`}
                      type="date"
                      label={t('lastDay')}
                      value={period.until}
                      errors={errors}
                    />
                  </div>
                </fieldset>
              );
            })}
            <button class="secondary" type="submit" name="action" value="more-blackouts">
              {t('moreRows')}
            </button>
          </Fieldset>
          <Input
            name="maxHoursPerMonth"
            type="number"
            label={t('maxHoursPerMonth')}
            value={values.maxHoursPerMonth}
            errors={errors}
            inputmode="numeric"
            extra={{ min: 1, max: 160, step: 1 }}
            required
          />
        </fieldset>

        <Fieldset legend={t('consent')} name="consent" errors={errors}>
          <p>{CONSENT[lang]}</p>
          <Checkbox
            name="consent"
            value="on"
            label={
              <>
                {t('consentAccept')} <span class="nowrap">{CONSENT.version}</span>
              </>
            }
            checked={values.consent}
          />
        </Fieldset>

        <div class="actions">
          <button type="submit" name="action" value="save">
            {t('save')}
          </button>
          <a href="/profile">{t('cancel')}</a>
        </div>
      </form>
    </Layout>
  );
}
