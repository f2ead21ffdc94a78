import { describe, expect, it } from 'vitest';
import { QUARTERS, SKILLS, VENUES } from '../catalog/seed-data.ts';
import { catalogLookup, spokenLanguage } from './catalog-lookup.ts';

describe('spokenLanguage', () => {
  const lookup = catalogLookup({ quarters: QUARTERS, venues: VENUES, skills: SKILLS });

  it('reads a language with its level as managers write it, with a hyphen or an en dash', () => {
    expect(spokenLanguage('Arabisch (Muttersprache)', lookup)).toEqual({ code: 'ar', level: 'native' });
    expect(spokenLanguage('Deutsch C1', lookup)).toEqual({ code: 'de', level: 'C1' });
    expect(spokenLanguage('ar:native', lookup)).toEqual({ code: 'ar', level: 'native' });
    expect(spokenLanguage('en - B2', lookup)).toEqual({ code: 'en', level: 'B2' });
    expect(spokenLanguage('en \u2013 B2', lookup)).toEqual({ code: 'en', level: 'B2' });
  });

  it('drops a trailing dash and leaves a missing level empty', () => {
    expect(spokenLanguage('Englisch \u2013', lookup)).toEqual({ code: 'en', level: '' });
    expect(spokenLanguage('Englisch', lookup)).toEqual({ code: 'en', level: '' });
  });
});
