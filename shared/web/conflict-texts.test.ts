import { describe, expect, it } from 'vitest';
import { dateText, fieldText, listText, weekdayText } from './conflict-texts.ts';
import { formatDate } from './format.ts';
import { translator } from './i18n.ts';

describe('conflict texts of typed values', () => {
  const t = translator('en');

  it('shows an empty field as a dash and a list in one order whatever the ticking order', () => {
    expect(fieldText('Phone', '')).toEqual({ label: 'Phone', text: '–' });
    expect(listText(['music', 'cooking'], 'none')).toBe('cooking, music');
    expect(listText(['cooking', 'music'], 'none')).toBe('cooking, music');
    expect(listText([], 'none')).toBe('none');
  });

  it('formats what is a date or a weekday and keeps anything else as typed', () => {
    expect(dateText('en', '2026-12-01')).toBe(formatDate('en', '2026-12-01'));
    expect(dateText('en', '1.12.2026')).toBe('1.12.2026');
    expect(weekdayText(t, 'tue')).toBe(t('weekday_tue'));
    expect(weekdayText(t, 'someday')).toBe('someday');
    expect(weekdayText(t, '')).toBe('?');
  });
});
