import { describe, expect, it } from 'vitest';
import { wideCharacters } from './bundle-source.ts';

describe('wideCharacters', () => {
  it('passes ASCII and Latin-1 (a one-byte string for V8)', () => {
    expect(wideCharacters('const s = "\\u2013"; const r = /ß|é/g;')).toEqual([]);
  });

  it('names each character above U+00FF with where it is', () => {
    const found = wideCharacters('var r=/[:(\u2013-]+$/,s="x";\nvar e="\u{1F600}";');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^U\+2013 at 10: …var r=\/\[:\(\u2013-\]\+\$\/,s="…$/);
    expect(found[1]).toMatch(/^U\+1F600 at /);
  });
});
