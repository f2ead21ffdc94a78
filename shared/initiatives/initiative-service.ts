import type { AuditRecorder } from '../audit/audit-trail.ts';
import type { Via } from '../audit/schemas.ts';
import { type Caller, hasRole } from '../auth/caller.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, VersionConflictError } from '../errors/index.ts';
import type { MatchRepository } from '../matches/match-repository.ts';
import { StepConflictError } from '../matches/match-repository.ts';
import type { Match, MatchEvent } from '../matches/schemas.ts';
import type { NeedRepository } from '../needs/need-repository.ts';
import type { InitiativeRepository } from './initiative-repository.ts';
import type { Initiative, InitiativeNeedView, InitiativeUpdate, ReviewInput } from './schemas.ts';

export interface InitiativeServiceDeps {
  initiatives: InitiativeRepository;
  needs: NeedRepository;
  matches: MatchRepository;
  staff: StaffRepository;
  audit: AuditRecorder;
}

/** The matches an initiative sees: accepted and completed ones. */
const visibleMatches = (matches: Match[]) =>
  matches.filter((match) => match.status === 'accepted' || match.status === 'completed');
const volunteerOf = (match: { volunteerId: string }) => match.volunteerId;

const requireAdmin = (caller: Caller) => {
  if (!hasRole(caller, 'admin')) throw new ForbiddenError('Admins only');
};

/**
 * Initiatives: admins register them and link them to needs; their members see the linked
 * needs and, of accepted matches, only the volunteer's first name and languages — and confirm
 * a match or raise a concern, which the manager sees on the need.
 */
export class InitiativeService {
  constructor(private readonly deps: InitiativeServiceDeps) {}

  async create(caller: Caller, name: string, now: Date): Promise<Initiative> {
    requireAdmin(caller);
    return this.deps.initiatives.create(name, now);
  }

  async list(caller: Caller): Promise<Initiative[]> {
    requireAdmin(caller);
    return this.deps.initiatives.list();
  }

  /** Renames, deactivates or reactivates an initiative at the version last read. */
  async update(caller: Caller, initiativeId: string, input: InitiativeUpdate, now: Date): Promise<Initiative> {
    requireAdmin(caller);
    const { version, ...change } = input;
    return this.deps.initiatives.update(initiativeId, change, version, now);
  }

  /** Ends a link: the initiative's members no longer see the need or its volunteers. Idempotent. */
  async unlink(caller: Caller, initiativeId: string, needId: string): Promise<void> {
    requireAdmin(caller);
    if (!(await this.deps.initiatives.get(initiativeId))) throw new NotFoundError('Initiative');
    if (!(await this.deps.initiatives.unlink(initiativeId, needId))) throw new NotFoundError('Need');
  }

  /**
   * Links an initiative to a need. Its members then see the need's accepted volunteers (first
   * name, languages): recorded per volunteer accepted so far, before the link is written.
   */
  async link(caller: Caller, initiativeId: string, needId: string, via: Via, now: Date): Promise<void> {
    requireAdmin(caller);
    const initiative = await this.deps.initiatives.get(initiativeId);
    if (!initiative) throw new NotFoundError('Initiative');
    if (initiative.deactivatedAt) {
      throw new InvalidTransitionError('Initiative', 'deactivated', 'A deactivated initiative takes no new links');
    }
    const { matches } = await this.deps.matches.needPartition(needId);
    await this.deps.audit.record(caller, 'initiative.link', visibleMatches(matches).map(volunteerOf), via, now);
    if (!(await this.deps.initiatives.link(initiativeId, needId, now))) throw new NotFoundError('Need');
  }

  private async membership(caller: Caller): Promise<string> {
    if (!hasRole(caller, 'initiative')) throw new ForbiddenError('Initiative members only');
    const initiativeId = (await this.deps.staff.get(caller.userId))?.initiativeId;
    if (!initiativeId) throw new ForbiddenError('Your account is not assigned to an initiative yet');
    return initiativeId;
  }

  /** The needs linked to the caller's initiative, with their accepted matches (first name, languages); audited per volunteer. */
  async linkedNeeds(
    caller: Caller,
    via: Via,
    now: Date,
  ): Promise<{ initiative: Initiative | undefined; needs: InitiativeNeedView[] }> {
    const initiativeId = await this.membership(caller);
    const [initiative, needIds] = await Promise.all([
      this.deps.initiatives.get(initiativeId),
      this.deps.initiatives.linkedNeedIds(initiativeId),
    ]);
    // A deactivated initiative's members see that it is deactivated, and no volunteers.
    if (initiative?.deactivatedAt) return { initiative, needs: [] };
    const partitions = await Promise.all(needIds.map((needId) => this.deps.matches.needPartition(needId)));
    const needs = partitions.flatMap(({ need, matches }) => {
      if (!need) return [];
      return [
        {
          needId: need.needId,
          title: need.title,
          quarterId: need.quarterId,
          venueId: need.venueId,
          schedule: need.schedule,
          status: need.status,
          places: need.places,
          acceptedCount: need.acceptedCount,
          matches: visibleMatches(matches).map((match) => ({
            volunteerId: match.volunteerId,
            firstName: match.firstName,
            languages: match.languages,
            ...(match.review && {
              review: { status: match.review.status, reason: match.review.reason, at: match.review.at },
            }),
          })),
        },
      ];
    });
    const shown = needs.flatMap((need) => need.matches.map(volunteerOf));
    await this.deps.audit.record(caller, 'match.read', shown, via, now);
    return { initiative, needs };
  }

  /** Confirm a match or raise a concern; repeating the same review changes nothing. */
  async review(
    caller: Caller,
    needId: string,
    volunteerId: string,
    input: ReviewInput,
    via: Via,
    now: Date,
  ): Promise<Match> {
    const initiativeId = await this.membership(caller);
    if ((await this.deps.initiatives.get(initiativeId))?.deactivatedAt) {
      throw new ForbiddenError('Your initiative is deactivated');
    }
    const need = await this.deps.needs.get(needId);
    if (!need) throw new NotFoundError('Need');
    // Another initiative's need is forbidden, as another quarter's need is to a manager.
    if (!need.initiativeIds.includes(initiativeId)) throw new ForbiddenError('Not a need of your initiative');
    await this.deps.audit.record(caller, 'match.review', [volunteerId], via, now);
    for (let attempt = 0; attempt < 5; attempt++) {
      const match = await this.deps.matches.get(needId, volunteerId);
      if (!match) throw new NotFoundError('Match');
      if (match.status !== 'accepted' && match.status !== 'completed')
        throw new InvalidTransitionError('Match', match.status);
      if (match.review?.status === input.status && match.review.reason === input.reason) return match;
      const at = now.toISOString();
      const next: Match = {
        ...match,
        review: { status: input.status, ...(input.reason && { reason: input.reason }), by: caller.userId, at },
        version: match.version + 1,
        updatedAt: at,
      };
      const event: MatchEvent = {
        needId,
        volunteerId,
        action: input.status === 'confirmed' ? 'review_confirmed' : 'review_concern',
        from: match.review?.status ?? 'unreviewed',
        to: input.status,
        by: caller.userId,
        at,
        ...(input.reason && { reason: input.reason }),
      };
      try {
        await this.deps.matches.saveReview(match, next, event);
        return next;
      } catch (error) {
        if (!(error instanceof StepConflictError)) throw error;
      }
    }
    throw new VersionConflictError('Match', undefined);
  }
}
