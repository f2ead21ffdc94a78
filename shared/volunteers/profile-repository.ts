import {
  type DynamoDBDocumentClient,
  paginateQuery,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';
import { AlreadyExistsError, NotFoundError, VersionConflictError } from '../errors/index.ts';
import { consentItem, indexItems, keyOf, profileKey } from './profile-keys.ts';
import { getProfile } from './profile-reads.ts';
import type { VolunteerProfile } from './schemas.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * Volunteer profiles and their quarter memberships. A profile and its memberships change in one
 * transaction, conditioned on the profile's version, so the quarter index never disagrees with
 * the profile. The candidate index follows from the table's stream (shared/candidates).
 */
export class ProfileRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  get(volunteerId: string): Promise<VolunteerProfile | undefined> {
    return getProfile(this.db, this.tableName, volunteerId);
  }

  /** Fails with {@link AlreadyExistsError} if the volunteer already has a profile. */
  async create(profile: VolunteerProfile): Promise<void> {
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...profileKey(profile.volunteerId), type: 'VolunteerProfile', ...profile },
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
        },
      },
      ...indexItems(profile).map((Item) => ({ Put: { TableName: this.tableName, Item } })),
      { Put: { TableName: this.tableName, Item: consentItem(profile) } },
    ];
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (isConditionFailure(error)) throw new AlreadyExistsError('VolunteerProfile');
      throw error;
    }
  }

  /**
   * Replaces `previous` with `next` (and rewrites its memberships) if the stored version is
   * still `previous.version`; otherwise nothing changes and {@link VersionConflictError} is thrown.
   */
  async replace(previous: VolunteerProfile, next: VolunteerProfile): Promise<void> {
    const after = indexItems(next);
    const kept = new Set(after.map((item) => item[TABLE.sortKey]));
    const removed = indexItems(previous).filter((item) => !kept.has(item[TABLE.sortKey]));
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...profileKey(next.volunteerId), type: 'VolunteerProfile', ...next },
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': previous.version },
        },
      },
      ...after.map((Item) => ({ Put: { TableName: this.tableName, Item } })),
      ...removed.map((item) => ({ Delete: { TableName: this.tableName, Key: keyOf(item) } })),
      ...(consentChanged(previous, next) ? [{ Put: { TableName: this.tableName, Item: consentItem(next) } }] : []),
    ];
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (isConditionFailure(error)) {
        const current = await this.get(next.volunteerId);
        throw new VersionConflictError('VolunteerProfile', current?.version);
      }
      throw error;
    }
  }

  /**
   * Sets the paused flag (the candidate index drops a paused volunteer). Naturally idempotent: pausing
   * a paused profile changes nothing and does not bump the version.
   */
  async setPaused(volunteerId: string, paused: boolean, nowIso: string): Promise<VolunteerProfile> {
    for (;;) {
      const current = await this.get(volunteerId);
      if (!current) throw new NotFoundError('VolunteerProfile');
      if (current.paused === paused) return current;
      const next = { ...current, paused, version: current.version + 1, updatedAt: nowIso };
      try {
        await this.replace(current, next);
        return next;
      } catch (error) {
        // Someone saved in between: read again and apply the flag to their version.
        if (!(error instanceof VersionConflictError)) throw error;
      }
    }
  }

  /** Deletes the profile and every item in its partition (withdrawal of consent). */
  async delete(volunteerId: string): Promise<void> {
    const keys: Record<string, string>[] = [];
    const pages = paginateQuery(
      { client: this.db },
      {
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#sk': TABLE.sortKey },
        ExpressionAttributeValues: { ':pk': profileKey(volunteerId)[TABLE.partitionKey] },
        ProjectionExpression: '#pk, #sk',
      },
    );
    for await (const page of pages) keys.push(...((page.Items ?? []) as Record<string, string>[]));
    if (keys.length === 0) throw new NotFoundError('VolunteerProfile');
    // The profile goes last: an interrupted deletion leaves it in place, and a retry finishes.
    const isProfile = (key: Record<string, string>) => key[TABLE.sortKey] === 'PROFILE';
    const ordered = [...keys.filter((key) => !isProfile(key)), ...keys.filter(isProfile)];
    for (let start = 0; start < ordered.length; start += 100) {
      const chunk = ordered.slice(start, start + 100).map((Key) => ({ Delete: { TableName: this.tableName, Key } }));
      await this.db.send(new TransactWriteCommand({ TransactItems: chunk }));
    }
  }
}

const consentChanged = (previous: VolunteerProfile, next: VolunteerProfile) =>
  previous.consent.version !== next.consent.version || previous.consent.acceptedAt !== next.consent.acceptedAt;
