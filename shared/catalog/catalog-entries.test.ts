import { describe, expect, it } from 'vitest';
import { slugOf, VenueInput } from './catalog-entries.ts';

describe('slugOf', () => {
  it('makes ids from German names', () => {
    expect(slugOf('Stadtteiltreff Gathe (Café)')).toBe('stadtteiltreff-gathe-cafe');
    expect(slugOf('Begleitung zu Behörden & Ämtern')).toBe('begleitung-zu-behoerden-aemtern');
    expect(slugOf('Straße')).toBe('strasse');
    expect(slugOf('  ')).toBe('');
  });
  it('stays within the slug length', () => {
    expect(slugOf('a'.repeat(80)).length).toBe(60);
  });
});

describe('VenueInput', () => {
  it('needs a German postcode and a street with its number', () => {
    const result = VenueInput.safeParse({
      quarterId: 'ostersbaum',
      name: 'Treff',
      address: { street: '', postcode: '4210', city: 'Wuppertal' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['address.street', 'address.postcode']);
  });
});
