import { describe, expect, it } from 'vitest';
import { spreadBrowserFiles } from './sequencer.ts';

const seconds: Record<string, number> = { B1: 50, B2: 40, B3: 30, a: 30, b: 25, c: 10, d: 40, e: 5, f: 5 };
const expectedMs = (name: string) => (seconds[name] ?? 0) * 1000;

describe('spreadBrowserFiles', () => {
  it('puts the first browser file first and each next one after at least its predecessor’s time of other files', () => {
    expect(spreadBrowserFiles(['a', 'b', 'c', 'd', 'e', 'f'], ['B1', 'B2', 'B3'], expectedMs)).toEqual([
      'B1',
      'a', // 30 s of 50
      'b', // 55 s: B2 may start
      'B2',
      'c', // 10 s of 40
      'd', // 50 s: B3 may start
      'B3',
      'e',
      'f',
    ]);
  });

  it('appends the browser files the other files could not space out, and keeps every file once', () => {
    const order = spreadBrowserFiles(['a'], ['B1', 'B2', 'B3'], expectedMs);
    expect(order).toEqual(['B1', 'a', 'B2', 'B3']);
    expect(spreadBrowserFiles(['a', 'b'], [], expectedMs)).toEqual(['a', 'b']);
  });
});
