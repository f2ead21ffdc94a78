import { WEEKDAYS } from '../../../../shared/time/calendar.ts';
import { type FieldErrors, Fieldset, Input, inputId, Select } from '../../../../shared/web/form.tsx';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import type { NeedFormValues } from './values.ts';

/** Once or weekly, with the date or the weekday, the times and (weekly) the period and minimum share. */
export function WhenFieldset(props: { page: PageContext; values: NeedFormValues; errors: FieldErrors }) {
  const { page, values, errors } = props;
  const { t } = page;
  return (
    <fieldset>
      <legend>{t('needWhen')}</legend>
      <Fieldset legend={t('needScheduleKind')} name="scheduleKind" errors={errors} hint={t('needScheduleKindHint')}>
        {(['once', 'weekly'] as const).map((kind) => (
          <label class="inline">
            <input
              type="radio"
              id={inputId(`scheduleKind-${kind}`)}
              name="scheduleKind"
              value={kind}
              checked={values.scheduleKind === kind}
            />
            {t(`needKind_${kind}`)}
          </label>
        ))}
      </Fieldset>
      <fieldset class="schedule-once">
        <legend>{t('needKind_once')}</legend>
        <div class="row">
          <Input name="onceDate" type="date" label={t('needDate')} value={values.onceDate} errors={errors} />
          <Input name="onceStart" type="time" label={t('from')} value={values.onceStart} errors={errors} />
          <Input name="onceEnd" type="time" label={t('until')} value={values.onceEnd} errors={errors} />
        </div>
      </fieldset>
      <fieldset class="schedule-weekly">
        <legend>{t('needKind_weekly')}</legend>
        <div class="row">
          <Select
            name="weekday"
            label={t('weekday')}
            value={values.weekday}
            options={[
              { value: '', label: '–' },
              ...WEEKDAYS.map((day) => ({ value: day, label: t(`weekday_${day}`) })),
            ]}
            errors={errors}
          />
          <Input name="weeklyStart" type="time" label={t('from')} value={values.weeklyStart} errors={errors} />
          <Input name="weeklyEnd" type="time" label={t('until')} value={values.weeklyEnd} errors={errors} />
        </div>
        <div class="row">
          <Input name="firstDate" type="date" label={t('needFirstDate')} value={values.firstDate} errors={errors} />
          <Input name="lastDate" type="date" label={t('needLastDate')} value={values.lastDate} errors={errors} />
        </div>
        <Input
          name="minSharePercent"
          type="number"
          label={t('needMinShare')}
          value={values.minSharePercent}
          errors={errors}
          inputmode="numeric"
          hint={t('needMinShareHint')}
          extra={{ min: 1, max: 100, step: 1 }}
        />
      </fieldset>
    </fieldset>
  );
}
