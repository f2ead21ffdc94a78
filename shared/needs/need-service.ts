import { type Caller, hasRole } from '../auth/caller.ts';
import { assertManages, managedQuarters } from '../auth/staff-access.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import type { CatalogCache } from '../catalog/catalog-cache.ts';
import { choosableIds, everyEntry } from '../catalog/known.ts';
import type { Catalog } from '../catalog/schemas.ts';
import { idFor } from '../db/ids.ts';
import {
  type FieldIssue,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  StateConflictError,
  ValidationError,
  VersionConflictError,
} from '../errors/index.ts';
import { logger } from '../logging/logger.ts';
import { shortOfPeopleWarnings } from '../notifications/due-planner.ts';
import type { DueWriter } from '../notifications/due-writes.ts';
import type { NeedEvent } from '../notifications/need-event.ts';
import type { ProfileRepository } from '../volunteers/profile-repository.ts';
import type { NeedEventRepository } from './need-event-repository.ts';
import { changedEvent } from './need-events.ts';
import type { NeedRepository } from './need-repository.ts';
import { openNeedsFor } from './open-needs.ts';
import type { Need, NeedInput, NeedMessageInput, NeedStatus } from './schemas.ts';

export interface NeedServiceDeps {
  needs: NeedRepository;
  staff: StaffRepository;
  catalog: CatalogCache;
  profiles: ProfileRepository;
  /** The need's own history: edits, cancellation, managers' messages. */
  events: NeedEventRepository;
  /** Cancels the open matches of a cancelled need, each with the manager's reason. */
  cancelOpenMatches?: (caller: Caller, needId: string, now: Date, reason?: string) => Promise<void>;
  /**
   * Whether anyone is committed to a date of the need: a series acceptance (counted on the need)
   * or cover for one date (found among its matches).
   */
  hasCoverCommitments?: (needId: string, now: Date) => Promise<boolean>;
  /** Closes the invitations and offers left open when a need fills (best effort: reads close them too). */
  closeWhenFull?: (needId: string, now: Date) => Promise<unknown>;
  /** Writes scheduled notices in the need's transaction (the managers' warning 48 h before a date short of people). */
  dueNotices?: DueWriter;
}

/**
 * Venue, skills and quarter must name catalogue entries, and the venue must lie in the quarter.
 * Retired entries count only where the stored need (`previous`) already had them: an existing
 * need still saves, a new choice must be active.
 */
export function needCatalogIssues(
  input: NeedInput,
  catalog: Catalog,
  previous?: Pick<Need, 'quarterId' | 'venueId' | 'requiredSkills' | 'niceToHaveSkills'>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!choosableIds(catalog, 'quarters', previous ? [previous.quarterId] : []).has(input.quarterId)) {
    issues.push({ path: 'quarterId', code: 'unknown_quarter', message: 'Unknown quarter' });
  }
  const venues = choosableIds(catalog, 'venues', previous ? [previous.venueId] : []);
  const venue = everyEntry(catalog, 'venues').find((candidate) => candidate.id === input.venueId);
  if (!venue || !venues.has(venue.id)) {
    issues.push({ path: 'venueId', code: 'unknown_venue', message: 'No such venue in this quarter' });
  } else if (venue.quarterId !== input.quarterId) {
    const quarterName = (id: string) =>
      everyEntry(catalog, 'quarters').find((quarter) => quarter.id === id)?.name ?? id;
    const params = {
      venue: venue.name,
      venueQuarter: quarterName(venue.quarterId),
      quarter: quarterName(input.quarterId),
    };
    issues.push({
      path: 'venueId',
      code: 'venue_in_other_quarter',
      message: `${params.venue} lies in ${params.venueQuarter}, not in ${params.quarter}`,
      params,
    });
  }
  const skills = choosableIds(
    catalog,
    'skills',
    previous ? [...previous.requiredSkills, ...previous.niceToHaveSkills] : [],
  );
  for (const field of ['requiredSkills', 'niceToHaveSkills'] as const) {
    input[field].forEach((skill, index) => {
      if (!skills.has(skill))
        issues.push({ path: `${field}.${index}`, code: 'unknown_skill', message: `Unknown skill ${skill}` });
    });
  }
  return issues;
}

/** JSON with object keys sorted: DynamoDB returns map attributes in no particular order. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** A cancel without a reason while volunteers have accepted (checked after the version: a stale view first reloads). */
const reasonRequired = () =>
  new ValidationError([
    { path: 'reason', code: 'required', message: 'Volunteers have accepted: say why, they are told by e-mail' },
  ]);

const STATUS_STEPS: Record<'publish' | 'close' | 'cancel', { from: NeedStatus[]; to: NeedStatus }> = {
  publish: { from: ['draft'], to: 'open' },
  close: { from: ['open', 'filled'], to: 'closed' },
  cancel: { from: ['draft', 'open', 'filled'], to: 'cancelled' },
};

/**
 * A need as posted: a draft at version 1, nobody accepted, no initiative linked. The import
 * (shared/imports) posts its needs as the same drafts.
 */
export function draftNeed(input: NeedInput, needId: string, createdBy: string, now: Date): Need {
  const { version: _version, changeReason: _reason, ...fields } = input;
  const nowIso = now.toISOString();
  return {
    ...fields,
    needId,
    status: 'draft',
    acceptedCount: 0,
    initiativeIds: [],
    version: 1,
    createdBy,
    createdAt: nowIso,
    updatedAt: nowIso,
  };
}

/** Needs: managers post and edit them in their own quarters; volunteers see open ones. */
export class NeedService {
  constructor(private readonly deps: NeedServiceDeps) {}

  /** Whether volunteers come to a date of the need: accepted for the series, or as cover for one date. */
  private async committed(need: Need, now: Date): Promise<boolean> {
    return need.acceptedCount > 0 || ((await this.deps.hasCoverCommitments?.(need.needId, now)) ?? false);
  }

  private async validate(input: NeedInput, now: Date, previous?: Need): Promise<void> {
    const issues = needCatalogIssues(input, await this.deps.catalog.get(now.getTime()), previous);
    if (issues.length > 0) throw new ValidationError(issues);
  }

  /**
   * Posts a need as a draft. With an idempotency key, repeating the request returns the need
   * the first one created instead of posting it twice.
   */
  async create(caller: Caller, input: NeedInput, now: Date, idempotencyKey?: string): Promise<Need> {
    await assertManages(this.deps.staff, caller, input.quarterId);
    await this.validate(input, now);
    const need = draftNeed(input, idFor(caller.userId, idempotencyKey), caller.userId, now);
    if (await this.deps.needs.create(need)) return need;
    const existing = await this.deps.needs.get(need.needId);
    if (!existing || existing.createdBy !== caller.userId)
      throw new Error('Idempotent create found no need of its own');
    return existing;
  }

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

  /**
   * Edits a need (at the version last read). When the need is open or filled and something a
   * volunteer sees changed, a `changed` event with the changed fields and the manager's reason is
   * written in the same transaction: the notifier tells everyone invited or accepted.
   */
  async update(caller: Caller, needId: string, input: NeedInput, now: Date): Promise<Need> {
    const current = await this.deps.needs.get(needId);
    if (!current) throw new NotFoundError('Need');
    await assertManages(this.deps.staff, caller, current.quarterId);
    await assertManages(this.deps.staff, caller, input.quarterId);
    await this.validate(input, now, current);
    if (input.version === undefined || input.version !== current.version) {
      throw new VersionConflictError('Need', current.version);
    }
    if (current.status !== 'draft' && current.status !== 'open' && current.status !== 'filled') {
      throw new InvalidTransitionError('Need', current.status, `A ${current.status} need cannot be edited`);
    }
    const { version: _version, changeReason, ...fields } = input;
    const movesCommitments =
      sortedJson([current.schedule, current.quarterId, current.venueId]) !==
      sortedJson([fields.schedule, fields.quarterId, fields.venueId]);
    if (movesCommitments && (await this.committed(current, now))) {
      throw new StateConflictError(
        'NEED_HAS_COMMITMENTS',
        'Volunteers have accepted: date, time and place can no longer change',
      );
    }
    if (fields.places < current.acceptedCount) {
      throw new ValidationError([
        { path: 'places', code: 'below_accepted', message: `${current.acceptedCount} places are already taken` },
      ]);
    }
    const status: NeedStatus =
      current.status === 'draft' ? 'draft' : current.acceptedCount >= fields.places ? 'filled' : 'open';
    // Fewer places can fill a need as an acceptance does: a new round, and what is still open closes.
    const fills = status === 'filled' && current.status !== 'filled';
    const next: Need = {
      ...current,
      ...fields,
      status,
      ...(fills && { fillRound: (current.fillRound ?? 0) + 1 }),
      version: current.version + 1,
      updatedAt: now.toISOString(),
    };
    const changed = changedEvent(current, next, caller.userId, next.updatedAt, changeReason || undefined);
    await this.deps.needs.replace(
      next,
      current,
      [...(changed ? [this.deps.events.put(changed)] : []), ...this.shortOfPeopleWrites(next, now)],
      { pinRoster: movesCommitments },
    );
    if (fills) {
      // The edit stands even if closing fails: the next read of the need's matches finishes it.
      await this.deps.closeWhenFull?.(needId, now).catch((error: unknown) =>
        logger.warn('closing invitations of a filled need deferred', {
          needId,
          error: error instanceof Error ? error.name : String(error),
        }),
      );
    }
    return next;
  }

  /**
   * Publish, close or cancel; idempotent when the need is already there. A cancel records a
   * `cancelled` event (with the manager's reason) in the need's transaction, and the reason goes
   * onto each open match it cancels. Cancelling a need that volunteers have accepted needs a
   * reason: they planned their time for it and are told why by e-mail.
   */
  async setStatus(
    caller: Caller,
    needId: string,
    action: 'publish' | 'close' | 'cancel',
    version: number,
    now: Date,
    reason?: string,
  ): Promise<Need> {
    const current = await this.deps.needs.get(needId);
    if (!current) throw new NotFoundError('Need');
    await assertManages(this.deps.staff, caller, current.quarterId);
    const step = STATUS_STEPS[action];
    const why = reason || undefined;
    if (current.status === step.to) {
      // A retried cancel finishes what an interrupted one began.
      if (step.to === 'cancelled') await this.deps.cancelOpenMatches?.(caller, needId, now, why);
      return current;
    }
    if (!step.from.includes(current.status)) throw new InvalidTransitionError('Need', current.status);
    if (current.version !== version) throw new VersionConflictError('Need', current.version);
    if (action === 'cancel' && !why && (await this.committed(current, now))) throw reasonRequired();
    const next: Need = { ...current, status: step.to, version: current.version + 1, updatedAt: now.toISOString() };
    const cancelled: NeedEvent | undefined =
      step.to === 'cancelled'
        ? { needId, action: 'cancelled', by: caller.userId, at: next.updatedAt, ...(why ? { reason: why } : {}) }
        : undefined;
    await this.deps.needs.replace(
      next,
      current,
      [...(cancelled ? [this.deps.events.put(cancelled)] : []), ...this.shortOfPeopleWrites(next, now)],
      { pinRoster: step.to === 'cancelled' },
    );
    if (step.to === 'cancelled') await this.deps.cancelOpenMatches?.(caller, needId, now, why);
    return next;
  }

  /**
   * A manager's message to the people of an open or filled need, recorded as a `message` event
   * (the notifier mails its audience). With an idempotency key the message id is derived from
   * it: a repeated request writes nothing more and answers with the message written first.
   */
  async message(
    caller: Caller,
    needId: string,
    input: NeedMessageInput,
    now: Date,
    idempotencyKey?: string,
  ): Promise<NeedEvent> {
    const { events } = this.deps;
    const need = await this.deps.needs.get(needId);
    if (!need) throw new NotFoundError('Need');
    await assertManages(this.deps.staff, caller, need.quarterId);
    const messageId = idFor(caller.userId, idempotencyKey);
    const earlier = idempotencyKey === undefined ? undefined : await events.message(needId, messageId);
    if (earlier) return earlier;
    const notOpen = () => new StateConflictError('NEED_NOT_OPEN', `The need is ${need.status}`);
    if (need.status !== 'open' && need.status !== 'filled') throw notOpen();
    const event = {
      needId,
      action: 'message' as const,
      by: caller.userId,
      at: now.toISOString(),
      text: input.text,
      audience: input.audience,
      messageId,
    };
    const outcome = await events.addMessage(event);
    if (outcome === 'needNotOpen') throw notOpen();
    if (outcome === 'duplicate') {
      // A concurrent submit of the same form won: answer with its message.
      const first = await events.message(needId, messageId);
      if (!first) throw new Error('Message record without its event');
      return first;
    }
    return event;
  }

  /** A need published, or edited while open: its warnings 48 h before each date (idempotent Puts). */
  private shortOfPeopleWrites(next: Need, now: Date) {
    const put = shortOfPeopleWarnings(next, now);
    return put.length > 0 && this.deps.dueNotices ? this.deps.dueNotices({ put, remove: [] }) : [];
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
