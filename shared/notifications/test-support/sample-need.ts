import type { NeedSummary } from '../notification.ts';

/**
 * What a notification tells of a need, for tests of templates and the outbox: weekly homework
 * help with children in Nordstadt, Tuesday afternoons, December to February, one of three places
 * taken. Tests override what they are about.
 */
export const sampleNeedSummary = (overrides: Partial<NeedSummary> = {}): NeedSummary => ({
  needId: 'need-1',
  title: 'Hausaufgabenhilfe',
  description: 'Kinder der 3. und 4. Klasse\nbei den Hausaufgaben begleiten.',
  quarterName: 'Nordstadt',
  venueName: 'Stadtteilzentrum Nordstadt',
  schedule: {
    kind: 'weekly',
    weekday: 'tue',
    start: '15:00',
    end: '17:00',
    firstDate: '2026-12-01',
    lastDate: '2027-02-23',
  },
  involvesMinors: true,
  places: 3,
  acceptedCount: 1,
  ...overrides,
});
