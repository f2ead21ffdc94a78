import { type Caller, hasRole } from '../auth/caller.ts';
import { AlreadyExistsError, ForbiddenError, NotFoundError, ValidationError } from '../errors/index.ts';
import type { CatalogCache } from './catalog-cache.ts';
import {
  type CatalogEntries,
  type CatalogEntry,
  type QuarterInput,
  type QuarterUpdate,
  type SkillInput,
  type SkillUpdate,
  slugOf,
  type VenueInput,
  type VenueUpdate,
  type Versioned,
} from './catalog-entries.ts';
import type { CatalogRepository } from './catalog-repository.ts';
import type { Quarter, Skill, Venue } from './schemas.ts';

export interface CatalogAdminDeps {
  repository: Pick<CatalogRepository, 'entries' | 'create' | 'update'>;
  cache: Pick<CatalogCache, 'invalidate'>;
}

/** The same fields (DynamoDB returns map attributes in any order). */
function sameEntry(stored: Versioned<Quarter | Venue | Skill>, value: Quarter | Venue | Skill): boolean {
  const { retired: _retired, version: _version, ...fields } = stored;
  const sorted = (object: object) =>
    JSON.stringify(object, (_key, inner: unknown) =>
      inner && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
        : inner,
    );
  return sorted(fields) === sorted(value);
}

const requireAdmin = (caller: Caller) => {
  if (!hasRole(caller, 'admin')) throw new ForbiddenError('Admins only');
};

/** An id given or made from a name; a name without letters or digits gives none. */
function idFrom(given: string | undefined, name: string, path: string): string {
  const id = given ?? slugOf(name);
  if (!id) throw new ValidationError([{ path, code: 'no_id', message: 'Use at least one letter or digit' }]);
  return id;
}

/**
 * Admins keep the catalogue: quarters, venues (with address) and skills. Entries are added,
 * edited at the version last read, and retired instead of deleted. Each change drops this
 * process's cached catalogue at once; other warm functions see it within the cache's lifetime.
 */
export class CatalogAdmin {
  constructor(private readonly deps: CatalogAdminDeps) {}

  async entries(caller: Caller): Promise<CatalogEntries> {
    requireAdmin(caller);
    return this.deps.repository.entries();
  }

  private async write(entry: CatalogEntry, update?: { retired: boolean; version: number }): Promise<number> {
    try {
      if (!update) {
        await this.deps.repository.create(entry);
        return 1;
      }
      return await this.deps.repository.update(entry, update.retired, update.version);
    } catch (error) {
      // A repeated add (a retry after a lost answer) finds its own entry unchanged: the same answer, not a conflict.
      if (!update && error instanceof AlreadyExistsError) {
        const stored = await this.stored(entry);
        if (stored && stored.version === 1 && !stored.retired && sameEntry(stored, entry.value)) return 1;
      }
      throw error;
    } finally {
      this.deps.cache.invalidate();
    }
  }

  private async stored(entry: CatalogEntry): Promise<Versioned<Quarter | Venue | Skill> | undefined> {
    const entries = await this.deps.repository.entries();
    const list: Versioned<Quarter | Venue | Skill>[] =
      entry.kind === 'quarter' ? entries.quarters : entry.kind === 'venue' ? entries.venues : entries.skills;
    return list.find((candidate) => candidate.id === entry.value.id);
  }

  async addQuarter(caller: Caller, input: QuarterInput): Promise<Versioned<Quarter>> {
    requireAdmin(caller);
    const { id, ...fields } = input;
    const quarter: Quarter = { id: idFrom(id, fields.name, 'name'), ...fields };
    const version = await this.write({ kind: 'quarter', value: quarter });
    return { ...quarter, retired: false, version };
  }

  async editQuarter(caller: Caller, id: string, input: QuarterUpdate): Promise<Versioned<Quarter>> {
    requireAdmin(caller);
    const { retired, version, ...fields } = input;
    const quarter: Quarter = { id, ...fields };
    const next = await this.write({ kind: 'quarter', value: quarter }, { retired, version });
    return { ...quarter, retired, version: next };
  }

  async addVenue(caller: Caller, input: VenueInput): Promise<Versioned<Venue>> {
    requireAdmin(caller);
    const { id, ...fields } = input;
    const { quarters } = await this.deps.repository.entries();
    const quarter = quarters.find((candidate) => candidate.id === fields.quarterId);
    if (!quarter || quarter.retired) {
      throw new ValidationError([{ path: 'quarterId', code: 'unknown_quarter', message: 'Unknown quarter' }]);
    }
    const venue: Venue = { id: idFrom(id, fields.name, 'name'), ...fields };
    const version = await this.write({ kind: 'venue', value: venue });
    return { ...venue, retired: false, version };
  }

  async editVenue(caller: Caller, id: string, input: VenueUpdate): Promise<Versioned<Venue>> {
    requireAdmin(caller);
    const { retired, version, ...fields } = input;
    // The venue's quarter is part of its key and never changes: find it.
    const stored = (await this.deps.repository.entries()).venues.find((venue) => venue.id === id);
    if (!stored) throw new NotFoundError('Venue');
    const venue: Venue = { id, quarterId: stored.quarterId, ...fields };
    const next = await this.write({ kind: 'venue', value: venue }, { retired, version });
    return { ...venue, retired, version: next };
  }

  async addSkill(caller: Caller, input: SkillInput): Promise<Versioned<Skill>> {
    requireAdmin(caller);
    const { id, ...fields } = input;
    const skill: Skill = { id: idFrom(id, fields.en, 'en'), ...fields };
    const version = await this.write({ kind: 'skill', value: skill });
    return { ...skill, retired: false, version };
  }

  async editSkill(caller: Caller, id: string, input: SkillUpdate): Promise<Versioned<Skill>> {
    requireAdmin(caller);
    const { retired, version, ...fields } = input;
    const skill: Skill = { id, ...fields };
    const next = await this.write({ kind: 'skill', value: skill }, { retired, version });
    return { ...skill, retired, version: next };
  }
}
