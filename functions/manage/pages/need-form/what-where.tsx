import type { Catalog, Quarter } from '../../../../shared/catalog/schemas.ts';
import { errorId, FieldError, type FieldErrors, Input, inputId, Select } from '../../../../shared/web/form.tsx';
import { catalogNames } from '../../../../shared/web/format.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import { LIMITS } from './limits.ts';
import type { NeedFormValues } from './values.ts';

/** Title and description. */
export function WhatFieldset(props: { page: PageContext; values: NeedFormValues; errors: FieldErrors }) {
  const { page, values, errors } = props;
  const { t } = page;
  return (
    <fieldset>
      <legend>{t('needWhat')}</legend>
      <Input
        name="title"
        label={t('needTitle')}
        value={values.title}
        errors={errors}
        maxlength={LIMITS.title}
        required
      />
      <div>
        <label for={inputId('description')}>{t('needDescription')}</label>
        <textarea
          id={inputId('description')}
          name="description"
          rows={4}
          maxlength={LIMITS.description}
          aria-invalid={errors.description ? 'true' : undefined}
          aria-describedby={errors.description ? errorId('description') : undefined}
        >
          {values.description}
        </textarea>
        <FieldError name="description" errors={errors} />
      </div>
    </fieldset>
  );
}

/**
 * The quarter and the venue, the venues grouped by quarter. Retired venues are offered only to
 * the need that has one, so saving keeps it.
 */
export function WhereFieldset(props: {
  page: PageContext;
  values: NeedFormValues;
  errors: FieldErrors;
  catalog: Catalog;
  /** The quarters the manager may post in. */
  quarters: Quarter[];
}) {
  const { page, values, errors, catalog, quarters } = props;
  const { t, lang } = page;
  const names = catalogNames(catalog, lang);
  const venueError = errors.venueId !== undefined;
  return (
    <fieldset>
      <legend>{t('needWhere')}</legend>
      <div class="row">
        <Select
          name="quarterId"
          label={t('needQuarter')}
          value={values.quarterId}
          options={quarters.map((quarter) => ({ value: quarter.id, label: quarter.name }))}
          errors={errors}
        />
        <div>
          <label for={inputId('venueId')}>{t('needVenue')}</label>
          <select
            id={inputId('venueId')}
            name="venueId"
            aria-invalid={venueError ? 'true' : undefined}
            aria-describedby={venueError ? errorId('venueId') : `${inputId('venueId')}-hint`}
          >
            <option value="" selected={values.venueId === ''}>
              {t('needChooseVenue')}
            </option>
            {quarters.map((quarter) => (
              <optgroup label={names.quarter(quarter.id)}>
                {[...catalog.venues, ...(catalog.retired?.venues ?? []).filter((venue) => venue.id === values.venueId)]
                  .filter((venue) => venue.quarterId === quarter.id)
                  .map((venue) => (
                    <option value={venue.id} selected={venue.id === values.venueId}>
                      {venue.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          <p class="hint" id={`${inputId('venueId')}-hint`}>
            {t('needVenueHint')}
          </p>
          <FieldError name="venueId" errors={errors} />
        </div>
      </div>
    </fieldset>
  );
}
