import { describe, expect, it } from 'vitest';
import { storedNeed } from '../../test/support/fixtures.ts';
import { changedEvent, visibleChanges } from './need-events.ts';
import type { Need } from './schemas.ts';

const need: Need = storedNeed({ requiredSkills: ['homework-help', 'music'], languages: ['ar', 'fa'] });
const AT = '2026-11-24T10:00:00.000Z';

describe('need events of an edit', () => {
  it('names the visible fields that changed, in form order', () => {
    const after: Need = {
      ...need,
      places: 3,
      title: 'Mathe',
      schedule: { ...need.schedule, end: '17:30' } as Need['schedule'],
      version: 4,
      updatedAt: AT,
    };
    expect(visibleChanges(need, after)).toEqual(['title', 'schedule', 'places']);
  });

  it('finds no change in lists reordered, maps with keys in another order, or bookkeeping', () => {
    const { kind, weekday, start, end, firstDate, lastDate } = need.schedule as Extract<
      Need['schedule'],
      { kind: 'weekly' }
    >;
    const after: Need = {
      ...need,
      requiredSkills: ['music', 'homework-help'],
      languages: ['fa', 'ar'],
      schedule: { lastDate, firstDate, end, start, weekday, kind },
      version: 4,
      acceptedCount: 2,
      status: 'filled',
      updatedAt: AT,
    };
    expect(visibleChanges(need, after)).toEqual([]);
    expect(changedEvent(need, after, 'm1', AT, 'why')).toBeUndefined();
  });

  it('is written for open and filled needs only, with the reason when there is one', () => {
    const after: Need = { ...need, description: 'Neu' };
    expect(changedEvent(need, after, 'm1', AT, 'Grund')).toEqual({
      needId: 'n1',
      action: 'changed',
      by: 'm1',
      at: AT,
      changes: ['description'],
      reason: 'Grund',
    });
    expect(changedEvent({ ...need, status: 'filled' }, after, 'm1', AT, undefined)).not.toHaveProperty('reason');
    expect(changedEvent({ ...need, status: 'draft' }, after, 'm1', AT, 'Grund')).toBeUndefined();
  });
});
