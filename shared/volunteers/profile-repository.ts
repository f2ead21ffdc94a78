import {
  type DynamoDBDocumentClient,
  GetCommand,
  paginateQuery,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../db/conditional.ts';
import { TABLE } from '../db/table.ts';
import { AlreadyExistsError, NotFoundError, VersionConflictError } from '../errors/index.ts';
import { membershipItem, membershipKey, membershipQuarters, profileKey } from './profile-keys.ts';
import type { VolunteerProfile } from './schemas.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * Volunteer profiles and their quarter memberships (the index items managers and matching
 * read by quarter). A profile and its memberships change in one transaction, conditioned on
 * the profile's version, so the index never disagrees with the profile.
 */
export class ProfileRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(volunteerId: string): Promise<VolunteerProfile | undefined> {
    const result = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: profileKey(volunteerId), ConsistentRead: true }),
    );
    return result.Item ? toProfile(result.Item) : undefined;
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
      ...membershipQuarters(profile.quarters).map((quarter) => this.putMembership(profile.volunteerId, quarter)),
    ];
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (isConditionFailure(error)) throw new AlreadyExistsError('VolunteerProfile');
      throw error;
    }
  }

  /**
   * Replaces `previous` with `next` if the stored version is still `previous.version`;
   * otherwise nothing changes and {@link VersionConflictError} is thrown.
   */
  async replace(previous: VolunteerProfile, next: VolunteerProfile): Promise<void> {
    const before = new Set(membershipQuarters(previous.quarters));
    const after = new Set(membershipQuarters(next.quarters));
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
      ...[...after].filter((q) => !before.has(q)).map((q) => this.putMembership(next.volunteerId, q)),
      ...[...before]
        .filter((q) => !after.has(q))
        .map((q) => ({ Delete: { TableName: this.tableName, Key: membershipKey(next.volunteerId, q) } })),
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
   * Sets the paused flag. Naturally idempotent: pausing a paused profile changes nothing
   * (and does not bump the version, so no one else's edit is invalidated).
   */
  async setPaused(volunteerId: string, paused: boolean, nowIso: string): Promise<VolunteerProfile> {
    try {
      const result = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: profileKey(volunteerId),
          UpdateExpression: 'SET paused = :paused, #version = #version + :one, updatedAt = :now',
          ConditionExpression: 'attribute_exists(#pk) AND paused <> :paused',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#version': 'version' },
          ExpressionAttributeValues: { ':paused': paused, ':one': 1, ':now': nowIso },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toProfile(result.Attributes ?? {});
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const current = await this.get(volunteerId);
      if (!current) throw new NotFoundError('VolunteerProfile');
      return current;
    }
  }

  /** Deletes the profile and its memberships (withdrawal of consent). */
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
    // A profile has at most 51 items (profile + 50 quarters): one transaction.
    await this.db.send(
      new TransactWriteCommand({ TransactItems: keys.map((Key) => ({ Delete: { TableName: this.tableName, Key } })) }),
    );
  }

  private putMembership(volunteerId: string, quarter: string): TransactItem {
    return { Put: { TableName: this.tableName, Item: membershipItem(volunteerId, quarter) } };
  }
}

function toProfile(item: Record<string, unknown>): VolunteerProfile {
  const { PK: _pk, SK: _sk, type: _type, ...profile } = item;
  return profile as VolunteerProfile;
}
