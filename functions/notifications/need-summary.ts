import { everyEntry } from '../../shared/catalog/known.ts';
import type { Catalog } from '../../shared/catalog/schemas.ts';
import type { Need } from '../../shared/needs/schemas.ts';
import type { NeedSummary } from '../../shared/notifications/notification.ts';

/**
 * What every notification tells about its need, with the quarter's and venue's names from the
 * catalogue (retired ones too: a need keeps the venue it was posted with).
 */
export function needSummary(need: Need, catalog: Catalog): NeedSummary {
  return {
    needId: need.needId,
    title: need.title,
    description: need.description,
    quarterName: everyEntry(catalog, 'quarters').find((q) => q.id === need.quarterId)?.name ?? need.quarterId,
    venueName:
      everyEntry(catalog, 'venues').find((v) => v.id === need.venueId && v.quarterId === need.quarterId)?.name ??
      need.venueId,
    schedule: need.schedule,
    involvesMinors: need.involvesMinors,
    places: need.places,
    acceptedCount: need.acceptedCount,
  };
}

/**
 * The page where the recipient acts on the need (absolute): a volunteer's is the need's own page
 * (what, where, when, whom to ask, and their buttons), which every volunteer a mail goes to may
 * open (they have a match with the need).
 */
export function linkFor(audience: 'volunteer' | 'staff', needId: string, publicUrl: string): string {
  const id = encodeURIComponent(needId);
  return audience === 'volunteer' ? `${publicUrl}/dashboard/needs/${id}` : `${publicUrl}/manage/needs/${id}`;
}
