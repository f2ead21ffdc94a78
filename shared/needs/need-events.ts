import { TABLE } from '../db/table.ts';
import type { NeedEvent } from '../notifications/need-event.ts';
import { needPartition } from './need-keys.ts';
import type { Need, NeedInput } from './schemas.ts';

/** The fields of a need a volunteer sees (dashboard, invitation): a change to any of them is news to them. */
export const VISIBLE_FIELDS = [
  'title',
  'description',
  'quarterId',
  'venueId',
  'schedule',
  'places',
  'requiredSkills',
  'niceToHaveSkills',
  'languages',
  'involvesMinors',
] as const satisfies readonly (keyof NeedInput & keyof Need)[];

/** Lists are sets (their order means nothing) and DynamoDB returns map keys in no particular order. */
function comparable(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    Array.isArray(inner) && inner.every((item) => typeof item === 'string')
      ? [...inner].sort()
      : inner && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
        : inner,
  );
}

/** The visible fields whose value differs between the stored need and the edited one, in form order. */
export function visibleChanges(before: Need, after: Need): string[] {
  return VISIBLE_FIELDS.filter((field) => comparable(before[field]) !== comparable(after[field]));
}

/**
 * The `changed` event an edit records, or undefined: only when the need was open or filled (a
 * draft has nobody to tell) and something a volunteer sees has changed.
 */
export function changedEvent(
  before: Need,
  after: Need,
  by: string,
  at: string,
  reason: string | undefined,
): NeedEvent | undefined {
  if (before.status !== 'open' && before.status !== 'filled') return undefined;
  const changes = visibleChanges(before, after);
  if (changes.length === 0) return undefined;
  return { needId: after.needId, action: 'changed', by, at, changes, ...(reason ? { reason } : {}) };
}

/** `PK = NEED#<id>`, `SK = EVENT#<at>#need#<rand>`: beside the match events, in time order. */
export function needEventItem(event: NeedEvent, rand: string) {
  return {
    [TABLE.partitionKey]: needPartition(event.needId),
    [TABLE.sortKey]: `EVENT#${event.at}#need#${rand}`,
    type: 'NeedEvent',
    ...event,
  };
}

/**
 * A message's idempotency record: one per message id in the need's partition, written with the
 * message on condition that it does not exist, so a repeated submit writes nothing more. It
 * points to the event it guards (`eventKey`), which the repeat answers with.
 */
export function messageKey(needId: string, messageId: string) {
  return { [TABLE.partitionKey]: needPartition(needId), [TABLE.sortKey]: `MESSAGE#${messageId}` };
}
