import type { CatalogEntries } from '../../../../shared/catalog/catalog-entries.ts';
import { Quarter } from '../../../../shared/catalog/schemas.ts';
import { AdminNav } from '../../../../shared/web/admin/components.tsx';
import { ConflictPanel, type ConflictRow } from '../../../../shared/web/conflict-panel.tsx';
import { Checkbox, ErrorSummary, type FieldErrors, Input, Notice, Select } from '../../../../shared/web/form.tsx';
import { skillName } from '../../../../shared/web/format.ts';
import type { Translate } from '../../../../shared/web/i18n.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { type CatalogKindName, type FormValues, fieldName, formKey, TEXT_FIELDS, valuesOf } from './catalog-form.ts';

/** What was typed into one form after an error or a conflict. */
export interface TypedForm {
  key: string;
  values: FormValues;
  conflict?: { rows: ConflictRow[]; seenVersion: string };
}

export interface CatalogPageProps {
  page: PageContext;
  entries: CatalogEntries;
  notice?: string | undefined;
  errors?: FieldErrors;
  typed?: TypedForm;
}

const PROGRAMMES = Quarter.shape.programme.options;

const EMPTY: Record<CatalogKindName, FormValues> = {
  quarter: { name: '', district: '', programme: '' },
  venue: { quarterId: '', name: '', street: '', postcode: '', city: 'Wuppertal' },
  skill: { de: '', en: '' },
};

interface FormProps {
  t: Translate;
  kind: CatalogKindName;
  id?: string;
  values: FormValues;
  errors: FieldErrors;
  conflict?: TypedForm['conflict'];
  /** Active quarters to choose from (new venues only). */
  quarters?: { id: string; name: string }[];
}

/** One add or edit form of a catalogue entry; its inputs are named `<form key>.<field>`. */
function EntryForm(props: FormProps) {
  const { t, kind, values, errors } = props;
  const key = formKey(kind, props.id);
  const isNew = props.id === undefined;
  const name = (field: string) => fieldName(key, field);
  const text = (field: string, label: string, extra: { hint?: string; autocomplete?: string } = {}) => (
    <Input
      name={name(field)}
      label={label}
      value={values[field]}
      errors={errors}
      hint={extra.hint}
      autocomplete={extra.autocomplete ?? 'off'}
      extra={{ maxlength: TEXT_FIELDS[kind][field] ?? 120 }}
      required
    />
  );
  const action = isNew ? `/admin/catalog/${kind}s` : `/admin/catalog/${kind}s/${props.id}`;
  return (
    <form method="post" action={action} novalidate>
      {props.conflict && (
        <ConflictPanel
          t={t}
          rows={props.conflict.rows}
          seenVersion={props.conflict.seenVersion}
          storedHref={`/admin/catalog#${key}`}
        />
      )}
      {!isNew && <input type="hidden" name={name('version')} value={values.version ?? ''} />}
      {kind === 'quarter' && (
        <>
          {text('name', t('catName'))}
          {text('district', t('catDistrict'))}
          <Select
            name={name('programme')}
            label={t('catProgramme')}
            value={values.programme}
            options={[
              ...(isNew ? [{ value: '', label: t('admChoose') }] : []),
              ...PROGRAMMES.map((programme) => ({ value: programme, label: t(`catProgramme_${programme}`) })),
            ]}
            errors={errors}
          />
        </>
      )}
      {kind === 'venue' && (
        <>
          {isNew && (
            <Select
              name={name('quarterId')}
              label={t('catQuarter')}
              value={values.quarterId}
              options={[
                { value: '', label: t('admChoose') },
                ...(props.quarters ?? []).map((quarter) => ({ value: quarter.id, label: quarter.name })),
              ]}
              errors={errors}
            />
          )}
          {text('name', t('catName'))}
          <div class="row">
            {text('street', t('catStreet'), { hint: t('catStreetHint'), autocomplete: 'off' })}
            {text('postcode', t('catPostcode'))}
          </div>
          {text('city', t('catCity'))}
        </>
      )}
      {kind === 'skill' && (
        <div class="row">
          {text('de', t('catSkillDe'))}
          {text('en', t('catSkillEn'))}
        </div>
      )}
      {!isNew && (
        <>
          <Checkbox name={name('retired')} value="true" label={t('catRetired')} checked={values.retired === 'true'} />
          <p class="hint">{t(`catRetiredHint_${kind}`)}</p>
        </>
      )}
      <p>
        <button type="submit" name="action" value="save">
          {t(isNew ? `catAdd_${kind}` : 'admSave')}
        </button>
      </p>
    </form>
  );
}

/**
 * The catalogue page (/admin/catalog): quarters, venues with their addresses, and skills in
 * German and English; each can be added, edited and retired (retired entries are no longer
 * offered, but profiles and needs that have them stay valid).
 */
export function CatalogPage(props: CatalogPageProps) {
  const { page, entries } = props;
  const { t, lang } = page;
  const errors = props.errors ?? {};
  const typed = (kind: CatalogKindName, id?: string) =>
    props.typed?.key === formKey(kind, id) ? props.typed : undefined;
  const formFor = (kind: CatalogKindName, entry: Parameters<typeof valuesOf>[1]) => {
    const own = typed(kind, entry.id);
    return (
      <details id={formKey(kind, entry.id)} open={own !== undefined || undefined}>
        <summary>{t('catEdit')}</summary>
        <EntryForm
          t={t}
          kind={kind}
          id={entry.id}
          values={own?.values ?? valuesOf(kind, entry)}
          errors={errors}
          conflict={own?.conflict}
        />
      </details>
    );
  };
  const retiredBadge = (retired: boolean) =>
    retired && (
      <>
        {' '}
        <span class="badge">{t('catRetiredBadge')}</span>
      </>
    );
  const quarterName = (id: string) => entries.quarters.find((quarter) => quarter.id === id)?.name ?? id;
  const activeQuarters = entries.quarters.filter((quarter) => !quarter.retired);
  const skills = [...entries.skills].sort((a, b) => skillName(lang, a).localeCompare(skillName(lang, b), lang));
  const newForm = (kind: CatalogKindName, legend: string) => (
    <fieldset id={formKey(kind)}>
      <legend>{legend}</legend>
      <EntryForm
        t={t}
        kind={kind}
        values={typed(kind)?.values ?? EMPTY[kind]}
        errors={errors}
        quarters={activeQuarters}
      />
    </fieldset>
  );
  return (
    <Layout page={page} title={t('admCatalogTitle')}>
      <AdminNav t={t} current="/admin/catalog" />
      <ErrorSummary t={t} errors={errors} />
      {props.notice && <Notice>{props.notice}</Notice>}
      <p>{t('catIntro')}</p>
      <ul class="plain actions">
        <li>
          <a href="#quarters">{t('catQuarters')}</a>
        </li>
        <li>
          <a href="#venues">{t('catVenues')}</a>
        </li>
        <li>
          <a href="#skills">{t('catSkills')}</a>
        </li>
      </ul>

      <h2 id="quarters">{t('catQuarters')}</h2>
      <ul class="cards">
        {entries.quarters.map((quarter) => (
          <li>
            <h3>
              {quarter.name}
              {retiredBadge(quarter.retired)}
            </h3>
            <p>
              {quarter.district} · {t(`catProgramme_${quarter.programme}`)}
            </p>
            {formFor('quarter', quarter)}
          </li>
        ))}
      </ul>
      {newForm('quarter', t('catAddQuarterTitle'))}

      <h2 id="venues">{t('catVenues')}</h2>
      {entries.quarters.map((quarter) => {
        const venues = entries.venues.filter((venue) => venue.quarterId === quarter.id);
        return (
          venues.length > 0 && (
            <section aria-labelledby={`venues-${quarter.id}`}>
              <h3 id={`venues-${quarter.id}`}>{quarterName(quarter.id)}</h3>
              <ul class="cards">
                {venues.map((venue) => (
                  <li>
                    <h4>
                      {venue.name}
                      {retiredBadge(venue.retired)}
                    </h4>
                    <p>
                      {venue.address
                        ? `${venue.address.street}, ${venue.address.postcode} ${venue.address.city}`
                        : t('catNoAddress')}
                    </p>
                    {formFor('venue', venue)}
                  </li>
                ))}
              </ul>
            </section>
          )
        );
      })}
      {newForm('venue', t('catAddVenueTitle'))}

      <h2 id="skills">{t('catSkills')}</h2>
      <ul class="cards">
        {skills.map((skill) => (
          <li>
            <h3>
              {skill.de}
              {retiredBadge(skill.retired)}
            </h3>
            <p lang="en">{skill.en}</p>
            {formFor('skill', skill)}
          </li>
        ))}
      </ul>
      {newForm('skill', t('catAddSkillTitle'))}
    </Layout>
  );
}
