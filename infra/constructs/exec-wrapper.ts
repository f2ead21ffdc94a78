/**
 * Node options every function gets in Lambda that NODE_OPTIONS refuses (Node takes only a few V8 options there),
 * passed by an exec wrapper: with AWS_LAMBDA_EXEC_WRAPPER set, Lambda starts the runtime as
 * `<wrapper> <path of node> <the runtime's own arguments>`, and the wrapper execs node with ours added.
 * No aws-cdk-lib import: the bundle bench times the bundles with the same options (bench/bundles.ts).
 */

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

/**
 * Shell commands that write the wrapper as `file`, mode 755 (the asset's zip keeps file modes). CDK runs a
 * NodejsFunction's afterBundling commands in a shell, so no file of ours is copied and none is left behind.
 */
export function writeExecWrapperCommands(file: string, options: readonly string[] = LAMBDA_NODE_OPTIONS): string[] {
  const lines = execWrapperScript(options).trimEnd().split('\n');
  // Each line goes single-quoted to the shell: none may hold a quote (the options are plain, checked above).
  if (lines.some((line) => line.includes("'"))) throw new Error('A line of the exec wrapper holds a quote');
  return [`printf '%s\\n' ${lines.map((line) => `'${line}'`).join(' ')} > "${file}"`, `chmod 755 "${file}"`];
}
