import { randomUUID } from 'node:crypto';
import type { FieldIssue } from '../../../../shared/errors/index.ts';
import { DEFAULT_MIN_SHARE_PERCENT } from '../../../../shared/needs/min-share.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { formList, formString } from '../../../../shared/web/form.tsx';
import { issueText, type Translate } from '../../../../shared/web/i18n.ts';

/** The need form as typed: strings, so that whatever the manager typed can be shown again. */
export interface NeedFormValues {
  version: string;
  /** Rendered once per new form, so a double submit posts the need only once. */
  requestKey: string;
  title: string;
  description: string;
  quarterId: string;
  venueId: string;
  scheduleKind: string;
  onceDate: string;
  onceStart: string;
  onceEnd: string;
  weekday: string;
  weeklyStart: string;
  weeklyEnd: string;
  firstDate: string;
  lastDate: string;
  /** Weekly needs only: the minimum share of dates in %; empty for the default (75). */
  minSharePercent: string;
  places: string;
  requiredSkills: string[];
  niceToHaveSkills: string[];
  languages: string[];
  involvesMinors: boolean;
  /** Automatic cover: off, one or batch, and the batch's size ('' when not given). */
  autoCoverMode: string;
  autoCoverBatch: string;
  /** Why the need changes (edits only): told to the volunteers, not stored on the need. */
  changeReason: string;
}

export function valuesFromNeed(need: Need | undefined, defaultQuarter: string): NeedFormValues {
  const schedule = need?.schedule;
  return {
    version: need ? String(need.version) : '',
    requestKey: need ? '' : randomUUID(),
    title: need?.title ?? '',
    description: need?.description ?? '',
    quarterId: need?.quarterId ?? defaultQuarter,
    venueId: need?.venueId ?? '',
    scheduleKind: schedule?.kind ?? 'weekly',
    onceDate: schedule?.kind === 'once' ? schedule.date : '',
    onceStart: schedule?.kind === 'once' ? schedule.start : '',
    onceEnd: schedule?.kind === 'once' ? schedule.end : '',
    weekday: schedule?.kind === 'weekly' ? schedule.weekday : '',
    weeklyStart: schedule?.kind === 'weekly' ? schedule.start : '',
    weeklyEnd: schedule?.kind === 'weekly' ? schedule.end : '',
    firstDate: schedule?.kind === 'weekly' ? schedule.firstDate : '',
    lastDate: schedule?.kind === 'weekly' ? schedule.lastDate : '',
    // A new need shows the default; a stored one without the field keeps it empty (the default too).
    minSharePercent: need ? (need.minSharePercent?.toString() ?? '') : String(DEFAULT_MIN_SHARE_PERCENT),
    places: need ? String(need.places) : '1',
    requiredSkills: need?.requiredSkills ?? [],
    niceToHaveSkills: need?.niceToHaveSkills ?? [],
    languages: need?.languages ?? [],
    involvesMinors: need?.involvesMinors ?? false,
    autoCoverMode: need?.autoCover?.mode ?? 'off',
    autoCoverBatch: need?.autoCover?.batchSize === undefined ? '' : String(need.autoCover.batchSize),
    changeReason: '',
  };
}

type Form = Record<string, string | string[]>;

export function valuesFromForm(form: Form): NeedFormValues {
  const text = (name: string) => formString(form, name);
  return {
    version: text('version'),
    requestKey: text('requestKey'),
    title: text('title'),
    // Keeps its line breaks: formString trims only the ends.
    description: text('description'),
    quarterId: text('quarterId'),
    venueId: text('venueId'),
    scheduleKind: text('scheduleKind'),
    onceDate: text('onceDate'),
    onceStart: text('onceStart'),
    onceEnd: text('onceEnd'),
    weekday: text('weekday'),
    weeklyStart: text('weeklyStart'),
    weeklyEnd: text('weeklyEnd'),
    firstDate: text('firstDate'),
    lastDate: text('lastDate'),
    minSharePercent: text('minSharePercent'),
    places: text('places'),
    requiredSkills: formList(form, 'requiredSkills'),
    niceToHaveSkills: formList(form, 'niceToHaveSkills'),
    languages: formList(form, 'languages'),
    involvesMinors: text('involvesMinors') === 'on',
    autoCoverMode: text('autoCoverMode'),
    autoCoverBatch: text('autoCoverBatch'),
    changeReason: text('changeReason'),
  };
}

/** An empty field is a missing one (zod then says "required", not "invalid"). */
const given = (value: string) => (value === '' ? undefined : value);

const ONCE_FIELDS: Record<string, keyof NeedFormValues> = { date: 'onceDate', start: 'onceStart', end: 'onceEnd' };
const WEEKLY_FIELDS: Record<string, keyof NeedFormValues> = {
  weekday: 'weekday',
  start: 'weeklyStart',
  end: 'weeklyEnd',
  firstDate: 'firstDate',
  lastDate: 'lastDate',
};

/**
 * The API's need input built from the form (only the chosen schedule kind is read), and a map
 * from the input's issue paths back to the form's field names (`schedule.end` → `weeklyEnd`).
 */
export function inputFromValues(values: NeedFormValues): { input: unknown; fieldName: (path: string) => string } {
  const schedule =
    values.scheduleKind === 'once'
      ? { kind: 'once', date: given(values.onceDate), start: given(values.onceStart), end: given(values.onceEnd) }
      : values.scheduleKind === 'weekly'
        ? {
            kind: 'weekly',
            weekday: given(values.weekday),
            start: given(values.weeklyStart),
            end: given(values.weeklyEnd),
            firstDate: given(values.firstDate),
            lastDate: given(values.lastDate),
          }
        : { kind: given(values.scheduleKind) };
  const input = {
    ...(values.version !== '' && { version: Number(values.version) }),
    title: values.title,
    description: values.description,
    quarterId: given(values.quarterId),
    venueId: given(values.venueId),
    schedule,
    // Read for weekly needs only (a one-off need has one date: always every date).
    ...(values.scheduleKind === 'weekly' &&
      values.minSharePercent !== '' && { minSharePercent: Number(values.minSharePercent) }),
    places: values.places === '' ? undefined : Number(values.places),
    requiredSkills: values.requiredSkills,
    niceToHaveSkills: values.niceToHaveSkills,
    languages: values.languages,
    involvesMinors: values.involvesMinors,
    ...(values.autoCoverMode !== '' && {
      autoCover: {
        mode: values.autoCoverMode,
        ...(values.autoCoverMode === 'batch' &&
          values.autoCoverBatch !== '' && { batchSize: Number(values.autoCoverBatch) }),
      },
    }),
    ...(values.changeReason !== '' && { changeReason: values.changeReason }),
  };
  const fieldName = (path: string): string => {
    const [head, field] = path.split('.');
    if (head === 'autoCover') return field === 'batchSize' ? 'autoCoverBatch' : 'autoCoverMode';
    if (head === 'schedule') {
      const fields = values.scheduleKind === 'once' ? ONCE_FIELDS : WEEKLY_FIELDS;
      return (field && fields[field]) || 'scheduleKind';
    }
    return head || 'title';
  };
  return { input, fieldName };
}

/** Texts for the need form's own issue codes; the shared ones come from issueText. */
export function needIssueText(t: Translate, issue: FieldIssue): string {
  if (issue.path === 'places' && issue.code !== 'below_accepted') return t('needErr_places');
  if (issue.path === 'minSharePercent') return t('needErr_minShare');
  switch (issue.code) {
    case 'unknown_venue':
      return t('needErr_unknown_venue');
    case 'venue_in_other_quarter':
      return t('needErr_venueOtherQuarter', issue.params);
    case 'not_my_quarter':
      return t('needErr_not_my_quarter');
    case 'too_long':
      return t('needErr_too_long');
    case 'below_accepted':
      return t('needErr_below_accepted');
    case 'invalid_union':
    case 'invalid_value':
      return issue.path.startsWith('schedule') ? t('needErr_choose') : issueText(t, issue);
    default:
      return issueText(t, issue);
  }
}

export function needFieldErrors(
  t: Translate,
  issues: FieldIssue[],
  fieldName: (path: string) => string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[fieldName(issue.path)] ??= needIssueText(t, issue);
  return errors;
}
