import { describe, expect, it } from 'vitest';
import { fillTimeBucket, type NeedImage, needCounts, nextMilestones } from './need-counts.ts';

const need = (over: Partial<NeedImage>): NeedImage => ({
  quarterId: 'nordstadt',
  status: 'open',
  languages: ['ar'],
  places: 1,
  acceptedCount: 0,
  schedule: { kind: 'once', date: '2026-04-07', start: '15:00', end: '17:00' } as NeedImage['schedule'],
  version: 2,
  updatedAt: '2026-03-30T08:00:00.000Z',
  ...over,
});

describe('a need’s counts', () => {
  it('counts it posted in its publishing month (Berlin) and unfilled at the end of its last date', () => {
    const image = need({ updatedAt: '2026-03-31T22:30:00.000Z' });
    const milestones = nextMilestones(undefined, image);
    expect(milestones.publishedAt).toBe('2026-03-31T22:30:00.000Z');
    expect(needCounts(image, milestones)).toEqual({
      // 22:30 UTC on 31 March is 00:30 on 1 April in Berlin.
      'nordstadt/2026-04': { posted: 1, 'askedLanguage:ar': 1, 'unfilled@2026-04-07T17:00': 1 },
    });
  });

  it('keeps the first publishing and filling times, whatever order the images come in', () => {
    const published = nextMilestones(undefined, need({ version: 2, updatedAt: '2026-03-01T10:00:00.000Z' }));
    const filled = nextMilestones(
      published,
      need({ version: 3, status: 'filled', acceptedCount: 1, updatedAt: '2026-03-03T09:00:00.000Z' }),
    );
    const reopened = nextMilestones(filled, need({ version: 4, updatedAt: '2026-03-04T09:00:00.000Z' }));
    expect(reopened).toEqual({
      needVersion: 4,
      publishedAt: '2026-03-01T10:00:00.000Z',
      filledAt: '2026-03-03T09:00:00.000Z',
    });
    expect(fillTimeBucket(reopened.publishedAt as string, reopened.filledAt as string)).toBe('threeDays');
  });

  it('gives a draft nothing and a cancelled need no outcome', () => {
    expect(needCounts(need({ status: 'draft' }), nextMilestones(undefined, need({ status: 'draft' })))).toEqual({});
    const published = nextMilestones(undefined, need({}));
    const cancelled = need({ status: 'cancelled' });
    expect(needCounts(cancelled, nextMilestones(published, cancelled))).toEqual({
      'nordstadt/2026-03': { posted: 1, 'askedLanguage:ar': 1 },
    });
  });
});
