import type { AuditRecorder } from '../audit/audit-trail.ts';
import type { Via } from '../audit/schemas.ts';
import { type Caller, hasRole } from '../auth/caller.ts';
import { managedQuarters } from '../auth/staff-access.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import { NotYourQuarterError } from '../errors/index.ts';
import { rosterMatches } from '../matches/cover.ts';
import type { MatchRepository } from '../matches/match-repository.ts';
import type { Match } from '../matches/schemas.ts';
import type { NeedRepository } from '../needs/need-repository.ts';
import type { Need } from '../needs/schemas.ts';
import { addDays } from '../time/calendar.ts';
import { ALL_QUARTERS, MEMBER_SORT_PREFIX } from '../volunteers/profile-keys.ts';
import type { ProfileRepository } from '../volunteers/profile-repository.ts';
import { searchName } from '../volunteers/search-name.ts';
import { type DirectoryFilter, type DirectoryPosition, decodeCursor, encodeCursor } from './directory-cursor.ts';
import type { DirectoryEntry, DirectoryRepository } from './directory-repository.ts';
import { volunteerWork, type WorkEntry } from './volunteer-work.ts';
import { touchesWeek, type WeekDate, weekDates } from './week.ts';

export interface ManagerDeskDeps {
  directory: DirectoryRepository;
  profiles: ProfileRepository;
  needs: NeedRepository;
  matches: MatchRepository;
  staff: StaffRepository;
  audit: AuditRecorder;
}

export interface VolunteerSearch {
  quarter?: string | undefined;
  q?: string | undefined;
  skill?: string | undefined;
  language?: string | undefined;
  /** Volunteers per page (default {@link PAGE_SIZE}); not part of what the cursor is bound to. */
  limit?: string | number | undefined;
  next?: string | undefined;
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

/** Volunteers per page of the search. */
export const PAGE_SIZE = 20;
/** Queries one search request may make at most (filters can leave pages short): bounds its cost. */
const MAX_QUERIES = 10;
/** Match states whose volunteer's contact details the need's managers see. */
export const CONTACT_STATES: readonly Match['status'][] = ['invited', 'offered', 'accepted'];

/**
 * What a quarter manager needs besides needs and matches: finding the volunteers of their
 * quarters, a volunteer's work with them, the contacts of a need's people, and the week's dates.
 * Every read of another person's data is audited here, not in the handlers.
 */
export class ManagerDesk {
  constructor(private readonly deps: ManagerDeskDeps) {}

  /** The caller's quarters as a list: the catalogue's for admins. */
  async quartersOf(caller: Caller, allQuarters: readonly string[]): Promise<string[]> {
    const quarters = await managedQuarters(this.deps.staff, caller);
    return quarters === 'all' ? [...allQuarters] : quarters;
  }

  /**
   * Volunteers of the caller's quarters (or of one of them) whose first name (or "first last")
   * starts with `q`, ignoring case and accents, with the skill and the language if given; a page
   * of {@link PAGE_SIZE} and the opaque cursor of the next. Each quarter's memberships are read
   * by key (`GSI1PK = QUARTER#<q>`, name prefix in the sort key), then those who help everywhere
   * (`QUARTER#*`); a volunteer of several searched quarters is listed in the first only.
   * Each listed volunteer is a `profile.read` in the audit trail.
   */
  async search(
    caller: Caller,
    search: VolunteerSearch,
    allQuarters: readonly string[],
    via: Via,
    now: Date,
  ): Promise<{ volunteers: DirectoryEntry[]; next?: string }> {
    const mine = await this.quartersOf(caller, allQuarters);
    if (search.quarter !== undefined && !mine.includes(search.quarter)) throw new NotYourQuarterError();
    const quarters = search.quarter !== undefined ? [search.quarter] : mine;
    if (quarters.length === 0) return { volunteers: [] };
    const filter: DirectoryFilter = {
      partitions: [...quarters, ALL_QUARTERS],
      prefix: `${MEMBER_SORT_PREFIX}${searchName(search.q ?? '')}`,
      skill: search.skill,
      language: search.language,
    };
    const size = Math.min(Math.max(Number(search.limit ?? PAGE_SIZE) || PAGE_SIZE, 1), 50);
    let position: DirectoryPosition = search.next ? decodeCursor(search.next, filter) : { partition: 0 };
    const volunteers: DirectoryEntry[] = [];
    let more = true;
    for (let queries = 0; queries < MAX_QUERIES && volunteers.length < size && more; queries++) {
      const quarter = filter.partitions[position.partition] as string;
      const page = await this.deps.directory.page({
        quarter,
        prefix: filter.prefix,
        skill: filter.skill,
        language: filter.language,
        limit: size - volunteers.length,
        startKey: position.key,
      });
      const earlier = filter.partitions.slice(0, position.partition);
      volunteers.push(
        ...page.entries.filter((entry) => entry.quarters === 'all' || !entry.quarters.some((q) => earlier.includes(q))),
      );
      if (page.lastKey) position = { partition: position.partition, key: page.lastKey };
      else if (position.partition + 1 < filter.partitions.length) position = { partition: position.partition + 1 };
      else more = false;
    }
    if (volunteers.length > 0)
      await this.deps.audit.record(
        caller,
        'profile.read',
        volunteers.map((v) => v.volunteerId),
        via,
        now,
      );
    return {
      volunteers,
      ...(more && { next: encodeCursor(position, filter) }),
    };
  }

  /**
   * A volunteer's past and coming work in the caller's quarters, with hours (the caller is
   * authorised for the volunteer before: profiles.read). Reads their matches (GSI1 `MATCHES#<sub>`)
   * and their ledger.
   */
  async work(caller: Caller, volunteerId: string, allQuarters: readonly string[], now: Date): Promise<WorkEntry[]> {
    const quarters = await this.quartersOf(caller, allQuarters);
    const [matches, ledger] = await Promise.all([
      this.deps.matches.listForVolunteer(volunteerId),
      this.deps.matches.ledger(volunteerId),
    ]);
    return volunteerWork(matches, ledger, quarters, now);
  }

  /**
   * E-mail and phone of the volunteers invited to, offered for or accepted on a need (cover
   * too), for the managers of its quarter only (admins and others get none). `matches` are the
   * need's matches as the caller was shown them (their effective state). Each person shown is a
   * `contact.read` in the audit trail, before the details are handed out.
   */
  async contacts(caller: Caller, need: Need, matches: Match[], via: Via, now: Date): Promise<Contact[]> {
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

  /**
   * Every date in the week from `monday` of every published need of the caller's quarters, with
   * filled and open places: one Query of GSI1 `NEEDS#<q>` per quarter, then one Query of the
   * matches of each need with a date that week. Only counts are shown, no names: no audit entry.
   */
  async week(
    caller: Caller,
    monday: string,
    allQuarters: readonly string[],
    now: Date,
  ): Promise<{ monday: string; sunday: string; dates: WeekDate[]; quarters: string[] }> {
    const quarters = await this.quartersOf(caller, allQuarters);
    const needs = (await Promise.all(quarters.map((q) => this.deps.needs.listByQuarter(q)))).flat();
    const inWeek = needs.filter((need) => touchesWeek(need, monday));
    const withMatches = await Promise.all(
      inWeek.map(async (need) => ({ need, matches: await this.deps.matches.matchesOf(need.needId) })),
    );
    const dates = weekDates(
      withMatches.map(({ need, matches }) => ({ need, matches: rosterMatches(matches, now, need) })),
      monday,
      now,
    );
    return { monday, sunday: addDays(monday, 6), dates, quarters };
  }
}
