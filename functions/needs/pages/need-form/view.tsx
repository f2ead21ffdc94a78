import type { Context, Hono } from 'hono';
import type { Caller } from '../../../../shared/auth/caller.ts';
import { managedQuarters } from '../../../../shared/auth/staff-access.ts';
import { LANGUAGES } from '../../../../shared/catalog/languages.ts';
import type { Catalog, Quarter } from '../../../../shared/catalog/schemas.ts';
import {
  type FieldIssue,
  InvalidTransitionError,
  StateConflictError,
  ValidationError,
  VersionConflictError,
} from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { toFieldIssues } from '../../../../shared/http/issues.ts';
import { AUTO_COVER_MODES, DEFAULT_COVER_BATCH, NeedInput } from '../../../../shared/needs/schemas.ts';
import type { Services } from '../../../../shared/platform/services.ts';
import { WEEKDAYS } from '../../../../shared/time/calendar.ts';
import {
  acknowledgedVersion,
  ConflictPanel,
  type ConflictRow,
  conflictRows,
} from '../../../../shared/web/conflict-panel.tsx';
import {
  Checkbox,
  ErrorSummary,
  errorId,
  FieldError,
  type FieldErrors,
  Fieldset,
  formString,
  Input,
  inputId,
  readForm,
  Select,
} from '../../../../shared/web/form.tsx';
import { catalogNames } from '../../../../shared/web/format.ts';
import { chooseLanguage, switchedLanguage } from '../../../../shared/web/language-switch.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { maxLengths } from '../../../../shared/web/max-length.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { managerCaller, needIdOf } from '../common/access.ts';
import { needFieldTexts } from './conflict.ts';
import { inputFromValues, type NeedFormValues, needFieldErrors, valuesFromForm, valuesFromNeed } from './values.ts';

interface NeedFormProps {
  page: PageContext;
  catalog: Catalog;
  /** The quarters the manager may post in. */
  quarters: Quarter[];
  values: NeedFormValues;
  errors: FieldErrors;
  action: string;
  cancelHref: string;
  title: string;
  /** Editing a stored need (not posting a new one): the form asks for a reason. */
  editing: boolean;
  message?: string | undefined;
  /** After a lost race: what is stored now, beside the typing (which keeps its old version). */
  conflict?: { rows: ConflictRow[]; seenVersion: string } | undefined;
}

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

/** The text fields' limits, as the schema sets them. */
const LIMITS = maxLengths(NeedInput);

export function NeedFormPage(props: NeedFormProps) {
  const { page, values, errors, catalog, quarters } = props;
  const { t, lang } = page;
  const names = catalogNames(catalog, lang);
  // Retired skills and venues are offered only to the need that has them, so saving keeps them.
  const held = (id: string) => values.requiredSkills.includes(id) || values.niceToHaveSkills.includes(id);
  const skills = [...catalog.skills, ...(catalog.retired?.skills ?? []).filter((skill) => held(skill.id))]
    .sort((a, b) => a[lang].localeCompare(b[lang], lang))
    .map((skill) => ({ value: skill.id, label: skill[lang] }));
  const languages = [...LANGUAGES]
    .sort((a, b) => a[lang].localeCompare(b[lang], lang))
    .map((language) => ({ value: language.code, label: language[lang] }));
  const venueError = errors.venueId !== undefined;
  return (
    <Layout page={page} title={props.title} langForm={{ id: 'need-form', action: 'save' }}>
      <ErrorSummary t={t} errors={errors} message={props.message} />
      <form method="post" action={props.action} class="need-form" id="need-form" novalidate>
        {/* Enter in a field submits with the first submit button: make that "save", not "keep mine". */}
        <button type="submit" name="action" value="save" class="default-submit" tabindex={-1}>
          {t('save')}
        </button>
        <input type="hidden" name="version" value={values.version} />
        <input type="hidden" name="requestKey" value={values.requestKey} />
        {props.conflict && (
          <ConflictPanel
            t={t}
            rows={props.conflict.rows}
            seenVersion={props.conflict.seenVersion}
            storedHref={props.action}
          />
        )}
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
                    {[
                      ...catalog.venues,
                      ...(catalog.retired?.venues ?? []).filter((venue) => venue.id === values.venueId),
                    ]
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

        {props.editing && (
          <div>
            <label for={inputId('changeReason')}>{t('needChangeReason')}</label>
            <p class="hint" id={`${inputId('changeReason')}-hint`}>
              {t('needChangeReasonHint')}
            </p>
            <textarea
              id={inputId('changeReason')}
              name="changeReason"
              rows={2}
              maxlength={LIMITS.changeReason}
              aria-invalid={errors.changeReason ? 'true' : undefined}
              aria-describedby={[`${inputId('changeReason')}-hint`, errors.changeReason ? errorId('changeReason') : '']
                .filter(Boolean)
                .join(' ')}
            >
              {values.changeReason}
            </textarea>
            <FieldError name="changeReason" errors={errors} />
          </div>
        )}

        <div class="actions">
          <button type="submit" name="action" value="save">
            {t('save')}
          </button>
          <a href={props.cancelHref}>{t('cancel')}</a>
        </div>
      </form>
    </Layout>
  );
}

/** The quarters a manager may post in, in catalogue order (all of them for admins). */
export async function postableQuarters(services: Services, caller: Caller, catalog: Catalog): Promise<Quarter[]> {
  const managed = await managedQuarters(services.staff, caller);
  return managed === 'all' ? catalog.quarters : catalog.quarters.filter((quarter) => managed.includes(quarter.id));
}

/** GET/POST /manage/needs/new and /manage/needs/:needId/edit. */
export function registerNeedForm(app: Hono<AppEnv>, services: Services): void {
  const render = async (
    c: Context<AppEnv>,
    caller: Caller,
    values: NeedFormValues,
    needId: string | undefined,
    options: {
      status?: 200 | 400 | 409;
      errors?: FieldErrors;
      message?: string;
      conflict?: { rows: ConflictRow[]; seenVersion: string };
    } = {},
  ) => {
    const page = pageContext(c, services.config.localPlatform);
    const catalog = await services.catalog.get(services.clock().getTime());
    const quarters = await postableQuarters(services, caller, catalog);
    if (quarters.length === 0) {
      return c.html(
        <Layout page={page} title={page.t('needCreate')}>
          <p>{page.t('manageNoQuarters')}</p>
        </Layout>,
      );
    }
    return c.html(
      <NeedFormPage
        page={page}
        catalog={catalog}
        quarters={quarters}
        values={values}
        errors={options.errors ?? {}}
        message={options.message}
        conflict={options.conflict}
        action={needId ? `/manage/needs/${needId}/edit` : '/manage/needs/new'}
        cancelHref={needId ? `/manage/needs/${needId}` : '/manage'}
        title={needId ? page.t('needEdit') : page.t('needCreate')}
        editing={needId !== undefined}
      />,
      options.status ?? 200,
    );
  };

  const submit = async (c: Context<AppEnv>, needId: string | undefined) => {
    const caller = managerCaller(c);
    const form = await readForm(c.req.raw);
    const values = valuesFromForm(form);
    const switched = switchedLanguage(form);
    if (switched) {
      // The language switch: the same form again in the other language, with what was typed.
      chooseLanguage(c, switched, services.config.cookieSecure);
      return render(c, caller, values, needId);
    }
    const { t, lang } = pageContext(c, services.config.localPlatform);
    const now = services.clock();
    // Only the conflict panel's "keep mine" saves over the stored version, and only the one the manager was shown.
    const acknowledged = acknowledgedVersion(formString(form, 'action'), formString(form, 'seenVersion'));
    const { input, fieldName } = inputFromValues(
      needId && acknowledged !== undefined ? { ...values, version: acknowledged } : values,
    );
    const parsed = NeedInput.safeParse(input);
    const issues: FieldIssue[] = parsed.success ? [] : toFieldIssues(parsed.error.issues);
    const catalog = await services.catalog.get(now.getTime());
    const quarters = await postableQuarters(services, caller, catalog);
    if (values.quarterId !== '' && !quarters.some((quarter) => quarter.id === values.quarterId)) {
      issues.push({ path: 'quarterId', code: 'not_my_quarter', message: 'Not one of your quarters' });
    }
    if (!parsed.success || issues.length > 0) {
      return render(c, caller, values, needId, { status: 400, errors: needFieldErrors(t, issues, fieldName) });
    }
    try {
      const need = needId
        ? await services.needs.update(caller, needId, parsed.data, now)
        : await services.needs.create(caller, parsed.data, now, values.requestKey || undefined);
      return c.redirect(`/manage/needs/${need.needId}?notice=${needId ? 'saved' : 'created'}`, 303);
    } catch (error) {
      if (error instanceof ValidationError) {
        return render(c, caller, values, needId, {
          status: 400,
          errors: needFieldErrors(t, error.issues, fieldName),
        });
      }
      if (error instanceof VersionConflictError && needId) {
        // The typing keeps the version it was based on: saving it plainly conflicts again.
        const stored = await services.needs.read(caller, needId);
        const texts = (v: NeedFormValues) => needFieldTexts(v, t, lang, catalog);
        const rows = conflictRows(texts(valuesFromNeed(stored, stored.quarterId)), texts(values));
        return render(c, caller, values, needId, {
          status: 409,
          conflict: { rows, seenVersion: String(stored.version) },
        });
      }
      if (error instanceof StateConflictError || error instanceof InvalidTransitionError) {
        const key = error instanceof StateConflictError ? 'conflict_NEED_HAS_COMMITMENTS' : 'needNotEditable';
        return render(c, caller, values, needId, { status: 409, message: t(key) });
      }
      throw error;
    }
  };

  app.get('/manage/needs/new', async (c) => {
    const caller = managerCaller(c);
    const catalog = await services.catalog.get(services.clock().getTime());
    const quarters = await postableQuarters(services, caller, catalog);
    return render(c, caller, valuesFromNeed(undefined, quarters[0]?.id ?? ''), undefined);
  });
  app.post('/manage/needs/new', (c) => submit(c, undefined));

  app.get('/manage/needs/:needId/edit', async (c) => {
    const caller = managerCaller(c);
    const needId = needIdOf(c);
    const need = await services.needs.read(caller, needId);
    const editable = need.status === 'draft' || need.status === 'open' || need.status === 'filled';
    const { t } = pageContext(c, services.config.localPlatform);
    return render(c, caller, valuesFromNeed(need, need.quarterId), needId, {
      ...(!editable && { message: t('needNotEditable') }),
    });
  });
  app.post('/manage/needs/:needId/edit', (c) => submit(c, needIdOf(c)));
}
