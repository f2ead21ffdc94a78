import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { execWrapperOfThisBuild, execWrapperScript, LAMBDA_NODE_OPTIONS } from './exec-wrapper.ts';

/** What the node the wrapper started saw: its options, its arguments and the young generation's size. */
const PROBE = `process.stdout.write(JSON.stringify({
  execArgv: process.execArgv,
  argv: process.argv.slice(1),
  newSpaceBytes: require('node:v8').getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size,
}))`;

describe('exec wrapper', () => {
  it('starts node as Lambda passes it, with our options and every argument as it came', () => {
    const wrapper = execWrapperOfThisBuild();
    expect(statSync(wrapper).mode & 0o777).toBe(0o755);
    // Lambda's call: <wrapper> <path of node> <the runtime's arguments>; here a probe with awkward arguments.
    const seen = JSON.parse(
      execFileSync(wrapper, [process.execPath, '-e', PROBE, 'two words', '"quoted" $HOME', ''], { encoding: 'utf8' }),
    ) as { execArgv: string[]; argv: string[]; newSpaceBytes: number };
    expect(seen.execArgv.slice(0, LAMBDA_NODE_OPTIONS.length)).toEqual([...LAMBDA_NODE_OPTIONS]);
    expect(seen.argv).toEqual(['two words', '"quoted" $HOME', '']);
    // The option takes effect: the young generation starts larger than a plain node's.
    const plain = JSON.parse(execFileSync(process.execPath, ['-e', PROBE], { encoding: 'utf8' })) as typeof seen;
    expect(seen.newSpaceBytes).toBeGreaterThan(plain.newSpaceBytes);
  });

  it('takes only plain --name=value options into the script', () => {
    expect(execWrapperScript(['--stack-trace-limit=20'])).toContain('exec "$node" --stack-trace-limit=20 "$@"');
    expect(() => execWrapperScript(['--x=$(id)'])).toThrow(/Not a plain Node option/);
    expect(() => execWrapperScript(['--x=1; rm'])).toThrow(/Not a plain Node option/);
  });
});
