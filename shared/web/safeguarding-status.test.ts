import { describe, expect, it } from 'vitest';
import { formatDate } from './format.ts';
import { translator } from './i18n.ts';
import { safeguardingStatusText } from './safeguarding-status.ts';

describe('safeguardingStatusText', () => {
  const t = translator('en');

  it('says when no check is recorded', () => {
    expect(safeguardingStatusText(t, 'en', { recorded: false })).toBe(t('sgCurrentNone'));
  });

  it('names the inspection, the validity and the deletion of a check that counts', () => {
    const text = safeguardingStatusText(t, 'en', {
      recorded: true,
      inspectedOn: '2026-11-02',
      validUntil: '2031-11-02',
      deleteOn: '2027-02-02',
    });
    expect(text).toBe(
      t('sgCurrentValid', {
        date: formatDate('en', '2026-11-02'),
        until: formatDate('en', '2031-11-02'),
        deleteOn: formatDate('en', '2027-02-02'),
      }),
    );
    expect(text).toContain(formatDate('en', '2031-11-02'));
  });

  it('says so when a recorded check does not count', () => {
    const text = safeguardingStatusText(t, 'en', { recorded: true, inspectedOn: '2026-11-02', deleteOn: '2027-02-02' });
    expect(text).toBe(
      t('sgCurrentInvalid', {
        date: formatDate('en', '2026-11-02'),
        until: '',
        deleteOn: formatDate('en', '2027-02-02'),
      }),
    );
  });
});
