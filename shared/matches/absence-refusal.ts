import { type DomainError, InvalidTransitionError, StateConflictError, ValidationError } from '../errors/index.ts';
import type { AbsenceRefusal } from './absence-planner.ts';
import type { MatchState } from './lifecycle.ts';

/** The error the API and the dashboard give for a refused absence (codes stay stable). */
export function absenceError(reason: AbsenceRefusal, current: MatchState, needStatus?: string): DomainError {
  switch (reason) {
    case 'not_accepted':
      return new InvalidTransitionError('Match', current, 'Only an accepted commitment can have absences');
    case 'not_a_coming_date':
      return new ValidationError([
        { path: 'date', code: 'not_a_coming_date', message: 'Not one of the dates you come to' },
      ]);
    case 'too_late':
      return new StateConflictError('ABSENCE_TOO_LATE', 'It is too late to say you cannot come on this date');
    case 'need_not_active':
      return new StateConflictError('NEED_NOT_OPEN', `The need is ${needStatus ?? 'not open'}`);
  }
}
