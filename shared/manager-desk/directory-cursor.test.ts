import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/index.ts';
import { decodeCursor, encodeCursor } from './directory-cursor.ts';

const filter = { partitions: ['nordstadt', '*'], prefix: 'NAME#ba', language: 'ar' };
const key = { PK: 'VOLUNTEER#v-1', SK: 'QUARTER#*', GSI1PK: 'QUARTER#*', GSI1SK: 'NAME#basel khoury#v-1' };

describe('directory cursor', () => {
  it('reads back what it wrote for the same search', () => {
    expect(decodeCursor(encodeCursor({ partition: 1, key }, filter), filter)).toEqual({ partition: 1, key });
  });

  it('reads back the start of a partition', () => {
    expect(decodeCursor(encodeCursor({ partition: 1 }, filter), filter)).toEqual({ partition: 1 });
  });

  it.each([
    ['another filter', encodeCursor({ partition: 1, key }, { ...filter, language: 'fa' })],
    ['another partition', encodeCursor({ partition: 0, key }, filter)],
    ['a partition out of range', encodeCursor({ partition: 2, key }, filter)],
    ['a key outside the prefix', encodeCursor({ partition: 1, key: { ...key, GSI1SK: 'NAME#zz#v-1' } }, filter)],
    ['a foreign partition key', encodeCursor({ partition: 1, key: { ...key, PK: 'NEED#x' } }, filter)],
    ['an extra attribute', encodeCursor({ partition: 1, key: { ...key, extra: 'x' } }, filter)],
    ['garbage', 'not-json'],
    ['an array', Buffer.from('[1]').toString('base64url')],
  ])('refuses %s', (_, next) => {
    expect(() => decodeCursor(next, filter)).toThrow(ValidationError);
  });
});
