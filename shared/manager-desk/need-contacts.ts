import type { AuditRecorder } from '../audit/audit-trail.ts';
import type { Via } from '../audit/schemas.ts';
import { type Caller, hasRole } from '../auth/caller.ts';
import { managedQuarters } from '../auth/staff-access.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import type { Match } from '../matches/schemas.ts';
import type { Need } from '../needs/schemas.ts';
import type { ProfileRepository } from '../volunteers/profile-repository.ts';

export interface NeedContactsDeps {
  profiles: ProfileRepository;
  staff: StaffRepository;
  audit: AuditRecorder;
}

/** A volunteer's contact details, shown to the managers of a need they are invited to or accepted on. */
export interface Contact {
  volunteerId: string;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | undefined;
  status: Match['status'];
  date?: string | undefined;
}

/** Match states whose volunteer's contact details the need's managers see. */
export const CONTACT_STATES: readonly Match['status'][] = ['invited', 'offered', 'accepted'];

/**
 * The contacts on a manager's need page. Its own module, apart from the rest of the managers'
 * desk (search, directory, week), because the need's page is another function's than the desk.
 */
export class NeedContacts {
  constructor(private readonly deps: NeedContactsDeps) {}

  /**
   * E-mail and phone of the volunteers invited to, offered for or accepted on a need (cover
   * too), for the managers of its quarter only (admins and others get none). `matches` are the
   * need's matches as the caller was shown them (their effective state). Each person shown is a
   * `contact.read` in the audit trail, before the details are handed out.
   */
  async of(caller: Caller, need: Need, matches: Match[], via: Via, now: Date): Promise<Contact[]> {
    if (!hasRole(caller, 'manager')) return [];
    const quarters = await managedQuarters(this.deps.staff, caller);
    if (quarters === 'all' || !quarters.includes(need.quarterId)) return [];
    const shown = matches.filter((match) => CONTACT_STATES.includes(match.status));
    const ids = [...new Set(shown.map((match) => match.volunteerId))];
    if (ids.length === 0) return [];
    const profiles = new Map(
      (await Promise.all(ids.map((id) => this.deps.profiles.get(id)))).flatMap((p) => (p ? [[p.volunteerId, p]] : [])),
    );
    const contacts = shown.flatMap((match): Contact[] => {
      const profile = profiles.get(match.volunteerId);
      if (!profile) return [];
      return [
        {
          volunteerId: profile.volunteerId,
          firstName: profile.firstName,
          lastName: profile.lastName,
          email: profile.email,
          ...(profile.phone && { phone: profile.phone }),
          status: match.status,
          ...(match.date !== undefined && { date: match.date }),
        },
      ];
    });
    if (contacts.length === 0) return [];
    await this.deps.audit.record(caller, 'contact.read', new Set(contacts.map((c) => c.volunteerId)), via, now);
    return contacts.sort(
      (a, b) => a.firstName.localeCompare(b.firstName, 'de') || (a.date ?? '').localeCompare(b.date ?? ''),
    );
  }
}
