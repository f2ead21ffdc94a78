import { InvalidTransitionError, StateConflictError, ValidationError, VersionConflictError } from '../errors/index.ts';
import type { ScoreItem, Violation } from '../matching/types.ts';
import { NeedStatus } from '../needs/schemas.ts';
import { type CatalogNames, formatDate, formatMonth, formatNumber, matchStateText } from './format.ts';
import type { Lang, Translate } from './i18n.ts';

const points = (value: number) => (value >= 0 ? `+${value}` : String(value));

/** One criterion of a proposal in words: "Sprache: Arabisch (Muttersprache) +14". */
export function explanationText(t: Translate, lang: Lang, names: CatalogNames, item: ScoreItem): string {
  const detail = (() => {
    switch (item.criterion) {
      case 'nice_to_have':
        return item.skills.length > 0 ? item.skills.map(names.skill).join(', ') : t('none');
      case 'language':
        if (!item.language) return t('explainNoLanguage');
        return `${names.language(item.language)} (${item.level === 'native' ? t('level_native') : (item.level ?? '')})`;
      case 'continuity':
        return t(`explainContinuity_${item.basis}`);
      case 'fair_spread':
        return t('explainRecentHours', { hours: formatNumber(lang, item.recentHours) });
      case 'share':
        return item.absences.length === 0
          ? t('explainShareAll')
          : t('explainShareAbsent', {
              // Floored: a proposal at the need's minimum share never reads as less than it.
              percent: formatNumber(lang, Math.floor(item.share * 100 + 1e-9)),
              dates: dateList(lang, item.absences),
            });
    }
  })();
  return `${t(`criterion_${item.criterion}`)}: ${detail} ${points(item.points)}`;
}

const dateList = (lang: Lang, dates: string[]) => dates.map((date) => formatDate(lang, date)).join(', ');

/**
 * Whether a criterion says anything for this need (no language wanted: no language line; a
 * one-off need has one date: no share line).
 */
export function explains(
  item: ScoreItem,
  need: { languages: string[]; niceToHaveSkills: string[]; schedule: { kind: string } },
): boolean {
  if (item.criterion === 'share') return need.schedule.kind === 'weekly';
  if (item.criterion === 'language') return need.languages.length > 0;
  if (item.criterion === 'nice_to_have') return need.niceToHaveSkills.length > 0;
  return true;
}

/** Why someone cannot be proposed, in words. */
export function violationText(t: Translate, lang: Lang, names: CatalogNames, violation: Violation): string {
  switch (violation.code) {
    case 'missing_skills':
      return t('violation_missing_skills', { skills: violation.skills.map(names.skill).join(', ') });
    case 'safeguarding_invalid':
      return t('violation_safeguarding_invalid', { date: formatDate(lang, violation.date) });
    case 'not_available': {
      if (violation.dates.length === 0) return t('violation_not_available_none');
      // Only the first dates are named: "…" says there are more.
      const more = violation.total - violation.coming > violation.dates.length ? ', …' : '';
      const dates = `${dateList(lang, violation.dates)}${more}`;
      // Every date needed (today's rule, a one-off need): the dates say it all.
      if (violation.required >= violation.total) return t('violation_not_available', { dates });
      return t('violation_not_available_share', {
        coming: formatNumber(lang, violation.coming),
        total: formatNumber(lang, violation.total),
        required: formatNumber(lang, violation.required),
        dates,
      });
    }
    case 'overlaps_commitment':
      return t('violation_overlaps_commitment', { date: formatDate(lang, violation.date) });
    case 'hour_cap':
      return t('violation_hour_cap', {
        month: formatMonth(lang, violation.month),
        hours: formatNumber(lang, violation.hours),
        cap: formatNumber(lang, violation.cap),
      });
    default:
      return t(`violation_${violation.code}`);
  }
}

function violationsOf(details: unknown): Violation[] {
  return Array.isArray(details)
    ? details.filter((item): item is Violation => typeof item === 'object' && item !== null && 'code' in item)
    : [];
}

/** A readable answer to a domain error a button can run into; undefined for errors the page handler rethrows. */
export function conflictText(
  t: Translate,
  lang: Lang,
  names: CatalogNames,
  error: unknown,
): { text: string; reasons: string[] } | undefined {
  if (error instanceof StateConflictError) {
    const reasons = violationsOf(error.details).map((violation) => violationText(t, lang, names, violation));
    switch (error.code) {
      case 'NEED_FULL':
        return { text: t('conflict_NEED_FULL'), reasons };
      case 'NEED_NOT_OPEN':
        return { text: t('conflict_NEED_NOT_OPEN'), reasons };
      case 'NEED_HAS_COMMITMENTS':
        return { text: t('conflict_NEED_HAS_COMMITMENTS'), reasons };
      case 'INVITATION_EXPIRED':
        return { text: t('conflict_INVITATION_EXPIRED'), reasons };
      case 'NOT_ELIGIBLE':
        return { text: t('conflict_NOT_ELIGIBLE'), reasons };
      case 'NO_SHOW_WINDOW_OVER':
        return { text: t('conflict_NO_SHOW_WINDOW_OVER'), reasons };
      case 'ABSENCE_TOO_LATE':
        return { text: t('conflict_ABSENCE_TOO_LATE'), reasons };
      case 'DATE_FULL':
      case 'DATE_PASSED':
      case 'ALREADY_COMING':
      case 'DECLARED_ABSENT':
        return { text: t(`conflict_${error.code}`), reasons };
      default:
        return { text: t('conflict_other'), reasons };
    }
  }
  if (error instanceof InvalidTransitionError) {
    if (error.currentState === 'expired') return { text: t('conflict_INVITATION_EXPIRED'), reasons: [] };
    if (error.currentState === 'closed') return { text: t('conflict_closed'), reasons: [] };
    return { text: t('conflict_transition', { state: stateText(t, error) }), reasons: [] };
  }
  if (error instanceof VersionConflictError) return { text: t('conflict_version'), reasons: [] };
  if (error instanceof ValidationError) return { text: t('formHasErrors'), reasons: [] };
  return undefined;
}

function stateText(t: Translate, error: InvalidTransitionError): string {
  const needStatus = NeedStatus.safeParse(error.currentState);
  if (error.entity === 'Need' && needStatus.success) return t(`needStatus_${needStatus.data}`);
  return matchStateText(t, error.currentState);
}
