import { describe, expect, it } from 'vitest';
import type { PlatformConfig } from '../config/env.ts';
import { wire } from './wire.ts';

const base = { config: { tableName: 't' } as PlatformConfig, clock: () => new Date('2026-03-02T10:00:00Z') };

describe('wire', () => {
  it('builds each node once, before it returns, and hands the same instance to every node that asks for it', () => {
    const built: string[] = [];
    const services = wire(base, {
      table: (w: { config: PlatformConfig }) => {
        built.push('table');
        return { name: w.config.tableName };
      },
      left: (w: { table: { name: string } }) => {
        built.push('left');
        return { table: w.table };
      },
      right: (w: { table: { name: string } }) => {
        built.push('right');
        return { table: w.table };
      },
    });
    expect(built.sort()).toEqual(['left', 'right', 'table']);
    expect(services.left.table).toBe(services.table);
    expect(services.right.table).toBe(services.table);
    expect(services.config).toBe(base.config);
    expect(Object.getOwnPropertyDescriptor(services, 'left')?.get).toBeUndefined();
  });

  it('refuses a node that depends on itself', () => {
    type Loop = { a: unknown; b: unknown };
    expect(() =>
      wire(base, {
        a: (w: Pick<Loop, 'b'>) => ({ b: w.b }),
        b: (w: Pick<Loop, 'a'>) => ({ a: w.a }),
      }),
    ).toThrow(/depends on itself/);
  });
});
