import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXEC_WRAPPER_FILE, execWrapperScript, LAMBDA_NODE_OPTIONS, writeExecWrapperCommands } from './exec-wrapper.ts';

/** What the node the wrapper started saw: its options, its arguments and the young generation's size. */
const PROBE = `process.stdout.write(JSON.stringify({
  execArgv: process.execArgv,
  argv: process.argv.slice(1),
  newSpaceBytes: require('node:v8').getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size,
}))`;

describe('exec wrapper', () => {
  // An asset folder as CDK's afterBundling hook gets it, in bash as CDK runs the hook's commands.
  const asset = mkdtempSync(join(tmpdir(), 'qh-exec-wrapper-test-'));
  afterAll(() => rmSync(asset, { recursive: true, force: true }));

  it('is written beside the bundle by the hook commands, exactly the script, mode 755', () => {
    const wrapper = join(asset, EXEC_WRAPPER_FILE);
    execFileSync('bash', ['-c', writeExecWrapperCommands(wrapper).join(' && ')]);
    expect(readFileSync(wrapper, 'utf8')).toBe(execWrapperScript());
    expect(statSync(wrapper).mode & 0o777).toBe(0o755);
  });

  it('starts node as Lambda passes it, with our options and every argument as it came', () => {
    const wrapper = join(asset, EXEC_WRAPPER_FILE);
    execFileSync('bash', ['-c', writeExecWrapperCommands(wrapper).join(' && ')]);
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
