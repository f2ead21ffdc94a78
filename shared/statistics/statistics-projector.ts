/**
 * Keeps the statistics counters in step with their sources (called by the statistics stream
 * consumer): a volunteer's counts from their current ledger, profile and check (read, not taken
 * from the record, so a repeated, late or out-of-order record only converges again), a need's from
 * the image of its record (its milestones kept at their earliest). Each change is the snapshot and
 * the counters' difference in one transaction; a lost race is read and computed again.
 */
import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Catalog } from '../catalog/schemas.ts';
import { ledgerKey } from '../matches/match-keys.ts';
import type { Commitment, SafeguardingFacts } from '../matching/types.ts';
import { safeguardingKey } from '../safeguarding/safeguarding-repository.ts';
import { profileKey } from '../volunteers/profile-keys.ts';
import { type Counts, countDelta, frozenAfter } from './counts.ts';
import { type NeedImage, type NeedMilestones, needCounts, nextMilestones } from './need-counts.ts';
import { needSnapshotKey, volunteerSnapshotKey } from './statistics-keys.ts';
import type { StatisticsRepository } from './statistics-repository.ts';
import { type VolunteerFacts, volunteerCounts } from './volunteer-counts.ts';

export interface StatisticsProjectorDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  repository: StatisticsRepository;
  catalog: (now: Date) => Promise<Catalog>;
  policy: VolunteerFacts['policy'];
  /** NO_SHOW_WINDOW_DAYS: a date's counts are final once its no-show window has closed. */
  noShowWindowDays: number;
}

const ATTEMPTS = 5;

export class StatisticsProjector {
  constructor(private readonly deps: StatisticsProjectorDeps) {}

  private get(key: Record<string, string>) {
    return this.deps.db
      .send(new GetCommand({ TableName: this.deps.tableName, Key: key, ConsistentRead: true }))
      .then((result) => result.Item);
  }

  /** Re-counts one volunteer. Returns the number of counters changed. */
  async volunteer(volunteerId: string, now: Date): Promise<number> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const [profile, ledger, check, catalog, previous] = await Promise.all([
        this.get(profileKey(volunteerId)),
        this.get(ledgerKey(volunteerId)),
        this.get(safeguardingKey(volunteerId)),
        this.deps.catalog(now),
        this.deps.repository.snapshot(volunteerSnapshotKey(volunteerId)),
      ]);
      // No profile: never had one, or an erasure is under way. What they gave stays counted.
      if (!profile) return 0;
      const venues = new Map(
        [...catalog.venues, ...(catalog.retired?.venues ?? [])].map((venue) => [venue.id, venue.quarterId]),
      );
      const next = volunteerCounts({
        commitments: (ledger?.commitments as Commitment[] | undefined) ?? [],
        quarterOfVenue: (venueId) => venues.get(venueId),
        languages: ((profile.languages as { code: string }[] | undefined) ?? []).map((language) => language.code),
        quarters: profile.quarters as string[] | 'all',
        safeguarding: check as SafeguardingFacts | undefined,
        policy: this.deps.policy,
      });
      const changed = await this.store(
        volunteerSnapshotKey(volunteerId),
        { type: 'StatisticsVolunteer' },
        previous,
        next,
        now,
        this.deps.noShowWindowDays,
      );
      if (changed !== undefined) return changed;
    }
    throw new Error(`statistics: volunteer ${volunteerId} kept changing`);
  }

  /** Counts one image of a need (its stream record's new image). Returns the number of counters changed. */
  async need(needId: string, image: NeedImage): Promise<number> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const previous = await this.deps.repository.snapshot<NeedMilestones>(needSnapshotKey(needId));
      // An older image than the one counted (a retried record) changes nothing.
      if (previous.extra && image.version < previous.extra.needVersion) return 0;
      const milestones = nextMilestones(previous.extra, image);
      const next = needCounts(image, milestones);
      // Frozen as of the image, not of this reading: a consumer that comes late (a backlog, a
      // replay, the demo's history) must not keep the outcome an earlier image had at the end.
      const asOf = new Date(image.updatedAt);
      const changed = await this.store(
        needSnapshotKey(needId),
        { type: 'StatisticsNeed' },
        previous,
        next,
        asOf,
        0,
        milestones,
      );
      if (changed !== undefined) return changed;
    }
    throw new Error(`statistics: need ${needId} kept changing`);
  }

  /** undefined: the snapshot moved meanwhile, try again. */
  private async store<Extra>(
    key: Record<string, string>,
    { type }: { type: string },
    previous: { counts: Counts; version: number; extra?: Extra | undefined },
    next: Counts,
    now: Date,
    graceDays: number,
    extra?: Extra,
  ): Promise<number | undefined> {
    const { stored, delta } = countDelta(previous.counts, next, frozenAfter(now, graceDays));
    const cells = Object.keys(delta).length;
    const extraChanged = JSON.stringify(extra) !== JSON.stringify(previous.extra);
    if (cells === 0 && !extraChanged && JSON.stringify(stored) === JSON.stringify(previous.counts)) return 0;
    const applied = await this.deps.repository.apply(key, type, previous.version, { counts: stored, extra }, delta);
    return applied ? cells : undefined;
  }
}
