import { type Match, VolunteerStep } from '../../../../shared/matches/schemas.ts';
import { allows, onDate, WHOLE_NEED } from '../../../../shared/matches/step-decision.ts';
import type { Violation } from '../../../../shared/matching/types.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { type CatalogNames, formatNumber } from '../../../../shared/web/format.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';

/** A volunteer's steps, as the API's contract takes them. */
export const VOLUNTEER_STEPS = VolunteerStep.options;
export type { VolunteerStep };

/** Where a step's button was pressed, so its answer comes back there (never a URL from input). */
export const STEP_ORIGINS = ['dashboard', 'need'] as const;
export type StepOrigin = (typeof STEP_ORIGINS)[number];

/** Whether the planner allows the volunteer's step now: a button exactly when it would. */
export function mayStep(step: VolunteerStep, match: Match | undefined, need: Need | undefined, now: Date): boolean {
  return (
    need !== undefined &&
    allows({
      action: step,
      role: 'volunteer',
      match,
      need,
      dates: match?.date === undefined ? WHOLE_NEED : onDate(match.date),
      now,
    })
  );
}

/** Why a need does not fit, said to the volunteer about their own profile. */
export function fitText(page: PageContext, names: CatalogNames, violation: Violation): string {
  const { t } = page;
  switch (violation.code) {
    case 'missing_skills':
      return t('fit_missing_skills', { skills: violation.skills.map(names.skill).join(', ') });
    case 'not_available':
      // A share below every date: say how many they can come to (their times, blackouts, dates).
      return violation.required < violation.total && violation.total > 0
        ? t('fit_not_available_share', {
            coming: formatNumber(page.lang, violation.coming),
            total: formatNumber(page.lang, violation.total),
            required: formatNumber(page.lang, violation.required),
          })
        : t('fit_not_available');
    case 'paused':
    case 'consent_missing':
    case 'not_in_quarter':
    case 'no_common_language':
      return t(`fit_${violation.code}`);
    default:
      // Ledger and safeguarding are not judged here (see MatchService.profileFit).
      return t('fit_other');
  }
}

export function StepButton(props: {
  page: PageContext;
  needId: string;
  /** A cover match's date: the step concerns that date alone. */
  date?: string | undefined;
  step: VolunteerStep;
  title: string;
  kind?: string | undefined;
  from?: StepOrigin | undefined;
}) {
  const path = props.date === undefined ? props.needId : `${props.needId}/dates/${props.date}`;
  return (
    <form method="post" action={`/dashboard/needs/${path}/${props.step}`}>
      {props.from === 'need' && <input type="hidden" name="from" value="need" />}
      <button type="submit" class={props.kind}>
        {props.page.t(`volunteerStep_${props.step}`)}
        <span class="sr-only">: {props.title}</span>
      </button>
    </form>
  );
}

/** The buttons of a match: the steps the planner allows, "accept" as the main one. */
export function StepButtons(props: { page: PageContext; match: Match; steps: VolunteerStep[]; from?: StepOrigin }) {
  if (props.steps.length === 0) return null;
  const { match } = props;
  return (
    <div class="buttons">
      {props.steps.map((step) => (
        <StepButton
          page={props.page}
          needId={match.needId}
          date={match.date}
          step={step}
          title={match.needTitle}
          kind={step === 'accept' ? undefined : 'secondary'}
          from={props.from}
        />
      ))}
    </div>
  );
}
