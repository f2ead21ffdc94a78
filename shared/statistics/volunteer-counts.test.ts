import { describe, expect, it } from 'vitest';
import { volunteerCounts } from './volunteer-counts.ts';

const policy = { inspectionValidYears: 5, certificateMaxAgeMonths: 3 };
const tuesday = (date: string) => ({ date, start: 15 * 60, end: 17 * 60 });

describe('a volunteer’s counts', () => {
  it('counts dates due, minutes of those done, no-shows and the first date done per quarter and month', () => {
    const counts = volunteerCounts({
      commitments: [
        {
          needId: 'n1',
          venueId: 'feuerwache',
          status: 'accepted',
          occurrences: [tuesday('2026-03-03'), tuesday('2026-03-10'), tuesday('2026-04-07')],
          noShows: ['2026-03-03'],
        },
      ],
      quarterOfVenue: (venue) => (venue === 'feuerwache' ? 'nordstadt' : undefined),
      languages: ['ar', 'de'],
      quarters: ['nordstadt'],
      policy,
    });
    expect(counts['nordstadt/2026-03']).toEqual({
      'due@2026-03-03T17:00': 1,
      'noShows@2026-03-03T17:00': 1,
      'due@2026-03-10T17:00': 1,
      'minutes@2026-03-10T17:00': 120,
      // The no-show date does not make them active; the first date they came to does.
      'active@2026-03-10T17:00': 1,
      'activeLanguage:ar@2026-03-10T17:00': 1,
      'activeLanguage:de@2026-03-10T17:00': 1,
    });
    expect(counts['nordstadt/2026-04']?.['active@2026-04-07T17:00']).toBe(1);
  });

  it('counts a check due in the month its validity ends, under each quarter or `*`, and not a check that never counted', () => {
    const base = { commitments: [], quarterOfVenue: () => undefined, languages: [], policy };
    const check = { inspectedOn: '2026-02-10', issuedOn: '2026-01-20', relevantConviction: false };
    expect(volunteerCounts({ ...base, quarters: ['a', 'b'], safeguarding: check })).toEqual({
      'a/2031-02': { checksDue: 1 },
      'b/2031-02': { checksDue: 1 },
    });
    expect(volunteerCounts({ ...base, quarters: 'all', safeguarding: check })).toEqual({
      '*/2031-02': { checksDue: 1 },
    });
    expect(volunteerCounts({ ...base, quarters: 'all', safeguarding: { ...check, relevantConviction: true } })).toEqual(
      {},
    );
  });
});
