import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { Email } from '../auth/schemas.ts';
import { NeedInput } from '../needs/schemas.ts';
import { ProfileInput } from '../volunteers/schemas.ts';
import { maxLengthOf, maxLengths } from './max-length.ts';

describe('maxLengthOf', () => {
  it('reads a string max through optional, default and pipe', () => {
    expect(maxLengthOf(z.string().trim().max(12))).toBe(12);
    expect(maxLengthOf(z.string().max(5).optional())).toBe(5);
    expect(maxLengthOf(z.string().max(7).default(''))).toBe(7);
    expect(maxLengthOf(Email)).toBe(254);
  });

  it('has none for an unlimited string or what is not text', () => {
    expect(maxLengthOf(z.string())).toBeUndefined();
    expect(maxLengthOf(z.number().max(3))).toBeUndefined();
    expect(maxLengthOf(undefined)).toBeUndefined();
  });

  it('gives the form fields their schema limits', () => {
    expect(maxLengths(NeedInput)).toMatchObject({ title: 120, description: 2000, changeReason: 500 });
    expect(maxLengths(ProfileInput)).toMatchObject({ firstName: 80, lastName: 80, phone: 26 });
  });
});
