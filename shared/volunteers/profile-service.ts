import type { Caller } from '../auth/caller.ts';
import { hasRole } from '../auth/caller.ts';
import type { CatalogCache } from '../catalog/catalog-cache.ts';
import { choosableIds } from '../catalog/known.ts';
import type { Catalog } from '../catalog/schemas.ts';
import {
  AlreadyExistsError,
  type FieldIssue,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  VersionConflictError,
} from '../errors/index.ts';
import { ProfileReader, type ProfileReaderDeps } from './profile-reader.ts';
import type { ProfileInput, VolunteerProfile } from './schemas.ts';

export interface ProfileServiceDeps extends ProfileReaderDeps {
  catalog: CatalogCache;
  /** Ends the volunteer's open matches and erases their name from the rest, before the profile goes. */
  releaseMatches?: (caller: Caller, now: Date) => Promise<void>;
}

/**
 * Skills and quarters must name catalogue entries; zod cannot know the catalogue. A retired
 * entry counts only where the stored profile already had it: the profile still saves, but
 * nobody picks a retired skill or quarter anew.
 */
export function catalogIssues(
  input: Pick<ProfileInput, 'skills' | 'quarters'>,
  catalog: Catalog,
  previous?: Pick<ProfileInput, 'skills' | 'quarters'>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const skills = choosableIds(catalog, 'skills', previous?.skills);
  input.skills.forEach((skill, index) => {
    if (!skills.has(skill))
      issues.push({ path: `skills.${index}`, code: 'unknown_skill', message: `Unknown skill ${skill}` });
  });
  if (input.quarters !== 'all') {
    const held = previous && previous.quarters !== 'all' ? previous.quarters : [];
    const quarters = choosableIds(catalog, 'quarters', held);
    input.quarters.forEach((quarter, index) => {
      if (!quarters.has(quarter))
        issues.push({ path: `quarters.${index}`, code: 'unknown_quarter', message: `Unknown quarter ${quarter}` });
    });
  }
  return issues;
}

const CONTENT_FIELDS = [
  'firstName',
  'lastName',
  'phone',
  'languages',
  'skills',
  'quarters',
  'weeklySlots',
  'availableFrom',
  'availableUntil',
  'blackouts',
  'maxHoursPerMonth',
] as const;

/** JSON with object keys sorted: DynamoDB returns map attributes in no particular order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value ?? null;
}

/** The part of a profile the volunteer edits, for recognising a retried request. */
function content(profile: Pick<VolunteerProfile, (typeof CONTENT_FIELDS)[number]>): string {
  return JSON.stringify(CONTENT_FIELDS.map((field) => canonical(profile[field])));
}

/** Builds the stored profile from the input and what was stored before. */
export function nextProfile(
  input: ProfileInput,
  previous: VolunteerProfile | undefined,
  identity: { volunteerId: string; email: string },
  now: Date,
): VolunteerProfile {
  const { version: _version, consent, ...fields } = input;
  const nowIso = now.toISOString();
  const consentUnchanged = previous?.consent.version === consent.version;
  return {
    ...fields,
    volunteerId: identity.volunteerId,
    email: identity.email,
    consent: {
      version: consent.version,
      acceptedAt: consentUnchanged && previous ? previous.consent.acceptedAt : nowIso,
    },
    paused: previous?.paused ?? false,
    version: (previous?.version ?? 0) + 1,
    createdAt: previous?.createdAt ?? nowIso,
    updatedAt: nowIso,
  };
}

/**
 * Volunteer profiles: the one service behind both the JSON API and the web pages.
 * "Now" is always passed in.
 */
export class ProfileService extends ProfileReader {
  constructor(protected override readonly deps: ProfileServiceDeps) {
    super(deps);
  }

  /**
   * Creates (input without `version`) or replaces (input with the version last read) the
   * caller's profile. A stale version fails with {@link VersionConflictError} and changes
   * nothing. Retrying a request that already succeeded returns the stored profile.
   */
  async save(caller: Caller, input: ProfileInput, now: Date): Promise<{ profile: VolunteerProfile; created: boolean }> {
    if (!hasRole(caller, 'volunteer')) throw new ForbiddenError('Only volunteers have a volunteer profile');
    const previous = await this.deps.profiles.get(caller.userId);
    const issues = catalogIssues(input, await this.deps.catalog.get(now.getTime()), previous);
    const email = caller.email ?? previous?.email;
    if (!email)
      issues.push({
        path: '',
        code: 'email_unknown',
        message: 'Sign in with an ID token, which carries your e-mail address',
      });
    if (issues.length > 0) throw new ValidationError(issues);
    const identity = { volunteerId: caller.userId, email: email as string };

    if (input.version === undefined) {
      if (previous) return this.retried(previous, input, 0);
      const profile = nextProfile(input, undefined, identity, now);
      try {
        await this.deps.profiles.create(profile);
      } catch (error) {
        // Only a lost race reads again: after unavailable storage another read would just wait out
        // the timeouts a second time.
        if (!(error instanceof AlreadyExistsError)) throw error;
        // Two creates raced: the loser sees the winner's profile, like any stale update.
        const winner = await this.deps.profiles.get(caller.userId);
        if (winner) return this.retried(winner, input, 0);
        throw error;
      }
      return { profile, created: true };
    }
    if (!previous) throw new NotFoundError('VolunteerProfile');
    if (previous.version !== input.version) return this.retried(previous, input, input.version);
    const profile = nextProfile(input, previous, identity, now);
    try {
      await this.deps.profiles.replace(previous, profile);
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      const current = await this.deps.profiles.get(caller.userId);
      if (current) return this.retried(current, input, input.version);
      throw error;
    }
    return { profile, created: false };
  }

  /** A repeat of a write that already took effect succeeds; anything else is a conflict. */
  private retried(current: VolunteerProfile, input: ProfileInput, expectedVersion: number) {
    if (current.version === expectedVersion + 1 && content(current) === content(input)) {
      return { profile: current, created: false };
    }
    throw new VersionConflictError('VolunteerProfile', current.version);
  }

  /**
   * Records the volunteer's agreement to `version` (the current one: the route's schema checks
   * it), kept in the consent history. Idempotent: agreeing again to the version already given
   * changes nothing. Matching counts the volunteer again once the candidate index follows.
   */
  async agreeToConsent(caller: Caller, version: string, now: Date): Promise<VolunteerProfile> {
    if (!hasRole(caller, 'volunteer')) throw new ForbiddenError('Only volunteers have a volunteer profile');
    for (;;) {
      const current = await this.deps.profiles.get(caller.userId);
      if (!current) throw new NotFoundError('VolunteerProfile');
      if (current.consent.version === version) return current;
      const nowIso = now.toISOString();
      const next = {
        ...current,
        consent: { version, acceptedAt: nowIso },
        version: current.version + 1,
        updatedAt: nowIso,
      };
      try {
        await this.deps.profiles.replace(current, next);
        return next;
      } catch (error) {
        // Saved in another tab meanwhile: agree on top of that version.
        if (!(error instanceof VersionConflictError)) throw error;
      }
    }
  }

  async setPaused(caller: Caller, paused: boolean, now: Date): Promise<VolunteerProfile> {
    return this.deps.profiles.setPaused(caller.userId, paused, now.toISOString());
  }

  /**
   * Withdraws consent: open invitations are declined, commitments withdrawn (their places
   * reopen), the name is erased from past matches, and the profile with its index items,
   * ledger and safeguarding facts is deleted.
   */
  async delete(caller: Caller, now: Date): Promise<void> {
    if (!(await this.deps.profiles.get(caller.userId))) throw new NotFoundError('VolunteerProfile');
    await this.deps.releaseMatches?.(caller, now);
    await this.deps.profiles.delete(caller.userId);
  }
}
