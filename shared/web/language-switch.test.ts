import { describe, expect, it } from 'vitest';
import { LANG_SWITCH_FIELD, switchedLanguage } from './language-switch.ts';

describe('switchedLanguage', () => {
  it('is the language the form asked for, only a known one', () => {
    expect(switchedLanguage({ [LANG_SWITCH_FIELD]: 'en', title: 'x' })).toBe('en');
    expect(switchedLanguage({ [LANG_SWITCH_FIELD]: ['de', 'en'] })).toBe('de');
    expect(switchedLanguage({ [LANG_SWITCH_FIELD]: 'fr' })).toBeUndefined();
    expect(switchedLanguage({ title: 'x' })).toBeUndefined();
  });
});
