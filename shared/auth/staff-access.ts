import { ForbiddenError, NotYourQuarterError } from '../errors/index.ts';
import { type Caller, hasRole } from './caller.ts';
import type { StaffRepository } from './staff-repository.ts';

/**
 * The quarters a caller manages: all of them for admins (`'all'`), the assigned ones for
 * managers, none for anyone else.
 */
export async function managedQuarters(staff: StaffRepository, caller: Caller): Promise<'all' | string[]> {
  if (hasRole(caller, 'admin')) return 'all';
  if (!hasRole(caller, 'manager')) return [];
  return (await staff.get(caller.userId))?.quarters ?? [];
}

/** Managers of the quarter and admins pass; other managers get {@link NotYourQuarterError}, other roles a plain 403. */
export async function assertManages(staff: StaffRepository, caller: Caller, quarterId: string): Promise<void> {
  if (!hasRole(caller, 'manager') && !hasRole(caller, 'admin')) throw new ForbiddenError('Managers only');
  const quarters = await managedQuarters(staff, caller);
  if (quarters !== 'all' && !quarters.includes(quarterId)) throw new NotYourQuarterError();
}
