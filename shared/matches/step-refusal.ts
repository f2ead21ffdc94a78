import {
  type DomainError,
  InvalidTransitionError,
  NotFoundError,
  StateConflictError,
  ValidationError,
} from '../errors/index.ts';
import type { Violation } from '../matching/types.ts';
import type { MatchState } from './lifecycle.ts';
import type { StepRefusal } from './step-decision.ts';

/** The error the API and the pages have always given for a refused step (codes stay stable). */
export function refusalError(
  reason: StepRefusal,
  current: MatchState,
  context: { needStatus?: string; violations?: Violation[] | undefined; dateField?: string } = {},
): DomainError {
  switch (reason) {
    case 'invalid_transition':
      return new InvalidTransitionError('Match', current);
    case 'invitation_closed':
      return new InvalidTransitionError(
        'Match',
        current,
        'The invitation was closed: every place of the need is taken',
      );
    case 'not_yet_past':
      return new InvalidTransitionError(
        'Match',
        current,
        'Completed can be recorded after the last date only, a no-show after the end of its date',
      );
    case 'no_show_window_over':
      return new StateConflictError(
        'NO_SHOW_WINDOW_OVER',
        'A no-show can be marked or undone only within the configured days after the date',
      );
    case 'date_required':
      return new ValidationError([
        { path: context.dateField ?? 'date', code: 'required', message: 'Name one date of the series' },
      ]);
    case 'not_an_occurrence':
      return new ValidationError([
        { path: context.dateField ?? 'date', code: 'not_an_occurrence', message: 'Not a date of this need' },
      ]);
    case 'not_committed':
      return new InvalidTransitionError('Match', current, 'The volunteer is not committed to this date');
    case 'already_started':
      return new InvalidTransitionError(
        'Match',
        current,
        'A commitment cannot be withdrawn once its last date has started',
      );
    case 'need_full':
      return new StateConflictError('NEED_FULL', 'The need is filled');
    case 'need_not_open':
      return new StateConflictError('NEED_NOT_OPEN', `The need is ${context.needStatus ?? 'not open'}`);
    case 'invitation_expired':
      return new StateConflictError('INVITATION_EXPIRED', 'The invitation has expired');
    case 'not_eligible':
      return new StateConflictError(
        'NOT_ELIGIBLE',
        'The volunteer does not meet every requirement of this need',
        context.violations ?? [],
      );
    case 'unknown_date':
      return new NotFoundError('Occurrence');
    case 'date_passed':
      return new StateConflictError('DATE_PASSED', 'This date of the need has started or passed');
    case 'date_full':
      return new StateConflictError('DATE_FULL', 'Every place of this date is taken');
    case 'already_coming':
      return new StateConflictError('ALREADY_COMING', 'The volunteer comes on this date already');
    case 'declared_absent':
      return new StateConflictError('DECLARED_ABSENT', 'The volunteer said they cannot come on this date');
  }
}
