import { WEEKDAYS } from '../../../../shared/time/calendar.ts';
import { type FieldErrors, Fieldset, Input, Select } from '../../../../shared/web/form.tsx';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import type { ProfileFormValues } from './form.ts';

/** When the volunteer can help: weekly slots, the period, blackout periods, hours per month. */
export function AvailabilityFieldset(props: {
  page: PageContext;
  values: ProfileFormValues;
  errors: FieldErrors;
  /** Rows shown, typed ones included. */
  slotRows: number;
  blackoutRows: number;
}) {
  const { page, values, errors, slotRows, blackoutRows } = props;
  const { t } = page;
  const weekdayOptions = [
    { value: '', label: '–' },
    ...WEEKDAYS.map((day) => ({ value: day, label: t(`weekday_${day}`) })),
  ];
  return (
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
                <Input name={`slot${index}_start`} type="time" label={t('from')} value={slot.start} errors={errors} />
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
  );
}
