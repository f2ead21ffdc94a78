import { createHash } from 'node:crypto';
import type { NeedInput } from '../needs/schemas.ts';

/** The namespace of needs' import ids (a fixed random UUID: ids of other namespaces never collide). */
const NEED_NAMESPACE = '6b1f3c52-8e0a-4f5e-9d67-2b8a1c4e7f10';

/** An RFC 9562 version-5 UUID (SHA-1 of namespace and name): the same name gives the same id. */
export function uuidV5(namespace: string, name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The id an imported need gets: derived from its quarter, venue, schedule and title (any case),
 * so importing the same row again names the same need and the conditional write finds it present.
 */
export function importedNeedId(need: Pick<NeedInput, 'quarterId' | 'venueId' | 'schedule' | 'title'>): string {
  const { schedule } = need;
  const when =
    schedule.kind === 'once'
      ? [schedule.kind, schedule.date, schedule.start, schedule.end]
      : [schedule.kind, schedule.weekday, schedule.firstDate, schedule.lastDate, schedule.start, schedule.end];
  return uuidV5(NEED_NAMESPACE, JSON.stringify([need.quarterId, need.venueId, ...when, need.title.toLowerCase()]));
}
