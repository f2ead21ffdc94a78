/**
 * Node options every function gets in Lambda that NODE_OPTIONS refuses (Node takes only a few V8 options there),
 * passed by an exec wrapper: with AWS_LAMBDA_EXEC_WRAPPER set, Lambda starts the runtime as
 * `<wrapper> <path of node> <the runtime's own arguments>`, and the wrapper execs node with ours added.
 * No aws-cdk-lib import: the bundle bench times the bundles with the same options (bench/bundles.ts).
 */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * V8's young generation starts at 1 MB a semi-space and grows only after it fills. Importing a bundle allocates
 * about 10 MB that all stays alive (code, schemas, the SDK's clients), so V8 scavenged four times during the import,
 * copying everything each time: 15–25 ms of a 290 ms import (bench/README.md). Starting at 8 MB leaves none.
 * Lambda's bootstrap sets only the maximum (--max-semi-space-size, from the memory size), which this stays under.
 */
export const LAMBDA_NODE_OPTIONS: readonly string[] = ['--min-semi-space-size=8'];

/** The wrapper's name in every function's asset, beside index.mjs. */
export const EXEC_WRAPPER_FILE = 'node-options.sh';

/** Where Lambda finds it: the asset is unpacked in /var/task (LAMBDA_TASK_ROOT). */
export const EXEC_WRAPPER_PATH = `/var/task/${EXEC_WRAPPER_FILE}`;

/** The wrapper: POSIX sh (Lambda's own bootstrap is a shell script); every argument passed on as it came. */
export function execWrapperScript(options: readonly string[] = LAMBDA_NODE_OPTIONS): string {
  for (const option of options) {
    // Written into a shell script: only plain `--name=value` options, nothing the shell would read.
    if (!/^--[a-z0-9-]+(=[A-Za-z0-9._-]+)?$/.test(option)) throw new Error(`Not a plain Node option: ${option}`);
  }
  return [
    '#!/bin/sh',
    '# Lambda (AWS_LAMBDA_EXEC_WRAPPER) runs: <this script> <path of node> <the runtime arguments>.',
    '# Adds the V8 options NODE_OPTIONS refuses (infra/constructs/exec-wrapper.ts), then becomes node.',
    'node="$1"',
    'shift',
    `exec "$node" ${options.join(' ')} "$@"`,
    '',
  ].join('\n');
}

let written: string | undefined;

/** The wrapper of this synth, written once per process (mode 755: the asset's zip keeps file modes). */
export function execWrapperOfThisBuild(): string {
  if (!written) {
    const file = join(mkdtempSync(join(tmpdir(), 'qh-exec-wrapper-')), EXEC_WRAPPER_FILE);
    writeFileSync(file, execWrapperScript());
    chmodSync(file, 0o755);
    written = file;
  }
  return written;
}
