import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { TABLE } from '../../shared/db/table.ts';
import type { MatchEvent } from '../../shared/matches/schemas.ts';
import type { AccountExistsNotice } from '../../shared/notifications/account-exists-notice.ts';
import type { NeedEvent } from '../../shared/notifications/need-event.ts';
import type { Notice } from '../../shared/notifications/notice.ts';

/**
 * What a notification is about: a step on a match, a change to a need, a scheduled notice that
 * came due, or a sign-up tried with an address that has an account.
 */
export type NotificationSource =
  | { from: 'match'; event: MatchEvent }
  | { from: 'need'; event: NeedEvent }
  | { from: 'notice'; notice: Notice }
  | { from: 'accountExists'; notice: AccountExistsNotice };

/** The sources about a need (planned by ./plan.ts). */
export type NeedSource = Exclude<NotificationSource, { from: 'accountExists' }>;

/** A source and the key of the item it came from: the first half of each delivery record's key. */
export interface SourceItem {
  /** `<PK>#<SK>` of the item: unique per event, the same however often the stream delivers it. */
  eventKey: string;
  /** The item's key, for the notifier's own follow-up write (an account-exists notice's address). */
  key: { pk: string; sk: string };
  source: NotificationSource;
}

const TYPES: Record<string, (item: Record<string, unknown>) => NotificationSource> = {
  MatchEvent: (item) => ({ from: 'match', event: item as unknown as MatchEvent }),
  NeedEvent: (item) => ({ from: 'need', event: item as unknown as NeedEvent }),
  Notice: (item) => ({ from: 'notice', notice: item as unknown as Notice }),
  AccountExistsNotice: (item) => ({ from: 'accountExists', notice: item as unknown as AccountExistsNotice }),
};

/**
 * The notification source a stream record carries, or undefined when it carries none: only a
 * newly written (INSERT) match event, need event, notice or account-exists notice does. The item is written once and
 * never changed, so its new image is what happened.
 */
export function sourceOf(record: DynamoDBRecord): SourceItem | undefined {
  if (record.eventName !== 'INSERT' || !record.dynamodb?.NewImage) return undefined;
  // The type first, as the event source mapping's filter does in AWS: the local stream carries
  // every item, and one the notifier does not read (a statistics snapshot's empty map comes as
  // `{}`) must not stop it.
  const type = record.dynamodb.NewImage.type?.S;
  const decode = type !== undefined && Object.hasOwn(TYPES, type) ? TYPES[type] : undefined;
  if (!decode) return undefined;
  const item = unmarshall(record.dynamodb.NewImage as Record<string, AttributeValue>);
  const pk = item[TABLE.partitionKey];
  const sk = item[TABLE.sortKey];
  if (typeof pk !== 'string' || typeof sk !== 'string') return undefined;
  return { eventKey: `${pk}#${sk}`, key: { pk, sk }, source: decode(item) };
}
