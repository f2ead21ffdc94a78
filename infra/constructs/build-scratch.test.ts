import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildScratchFolder } from './build-scratch.ts';

describe('buildScratchFolder', () => {
  it('gives each name a folder of its own in one scratch folder of the process', () => {
    const messages = buildScratchFolder('messages-test');
    const wrapper = buildScratchFolder('wrapper-test');
    expect(existsSync(messages)).toBe(true);
    expect(messages.replace(/[^/]+$/, '')).toBe(wrapper.replace(/[^/]+$/, ''));
  });

  it('leaves nothing behind when the process exits', () => {
    const module = new URL('./build-scratch.ts', import.meta.url).href;
    const folder = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(module)}); console.log(m.buildScratchFolder('x'));`,
      ],
      { encoding: 'utf8' },
    ).trim();
    expect(folder).toMatch(/qh-build-.+\/x$/);
    expect(existsSync(folder)).toBe(false);
    expect(existsSync(folder.replace(/\/x$/, ''))).toBe(false);
  });
});
