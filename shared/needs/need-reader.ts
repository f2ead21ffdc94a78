import { type Caller, hasRole } from '../auth/caller.ts';
import { assertManages, managedQuarters } from '../auth/staff-access.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import type { Catalog } from '../catalog/schemas.ts';
import { ForbiddenError, NotFoundError } from '../errors/index.ts';
import type { ProfileRepository } from '../volunteers/profile-repository.ts';
import type { NeedRepository } from './need-repository.ts';
import { openNeedsFor } from './open-needs.ts';
import type { Need } from './schemas.ts';

export interface NeedReaderDeps {
  needs: NeedRepository;
  staff: StaffRepository;
  profiles: ProfileRepository;
}

/**
 * Needs as their readers see them: a need, the managed ones, the open ones of a volunteer's
 * quarters. Its own module so that a function that only reads needs (admin) bundles none of
 * the commands and none of the matching they bring with them ({@link NeedService} extends it).
 */
export class NeedReader {
  constructor(protected readonly deps: NeedReaderDeps) {}

  /** A need for someone allowed to see it: its managers, admins, and volunteers while it is open. */
  async read(caller: Caller, needId: string): Promise<Need> {
    const need = await this.deps.needs.get(needId);
    if (!need) throw new NotFoundError('Need');
    if (hasRole(caller, 'manager') || hasRole(caller, 'admin')) {
      await assertManages(this.deps.staff, caller, need.quarterId);
      return need;
    }
    if (hasRole(caller, 'volunteer') && need.status === 'open') return need;
    throw new ForbiddenError('Not your need');
  }

  /** The needs of the caller's quarters (all quarters for admins), newest first within status. */
  async listManaged(caller: Caller, catalog: Catalog): Promise<Need[]> {
    const quarters = await managedQuarters(this.deps.staff, caller);
    const ids = quarters === 'all' ? catalog.quarters.map((quarter) => quarter.id) : quarters;
    return (await Promise.all(ids.map((quarterId) => this.deps.needs.listByQuarter(quarterId)))).flat();
  }

  /** Open needs in the quarters where the volunteer is willing to help. */
  async listOpenForVolunteer(caller: Caller, catalog: Catalog): Promise<Need[]> {
    return openNeedsFor(await this.deps.profiles.get(caller.userId), catalog, this.deps.needs);
  }
}
