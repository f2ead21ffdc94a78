/**
 * CDK's NodejsFunction runs a project's own esbuild as `npx --no-install esbuild …`, once per
 * function: npx alone costs about 1 s of CPU each time (measured on the two-core machine: 0.9 s
 * user + 0.3 s sys for `npx --no-install esbuild --version`, against 0.02 s for the binary), some
 * 20 s of the IAM bundle test's synth. Told that esbuild is installed on PATH instead, CDK runs
 * `esbuild …` with the same arguments: the same binary npx would have found (node_modules/.bin,
 * put first on PATH for the synth), so the assets are byte for byte what `cdk synth` builds.
 *
 * This sets CDK's cached esbuild detection (`Bundling.esbuildInstallation`, an internal static of
 * aws-cdk-lib/aws-lambda-nodejs). Should a CDK release rename it, the assignment does nothing and
 * CDK goes back to npx: slower, still correct.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Runs `build` (a synth with bundling) with CDK calling esbuild directly; restores PATH after. */
export async function withDirectEsbuild<T>(build: () => Promise<T>): Promise<T> {
  const binDir = join(dirname(require.resolve('esbuild/package.json')), '..', '.bin');
  const { version } = require('esbuild/package.json') as { version: string };
  if (!existsSync(join(binDir, 'esbuild'))) return await build();
  // Not in the package's exports map: required by its file path, which is the module CDK itself loaded.
  const bundlingFile = join(dirname(require.resolve('aws-cdk-lib/package.json')), 'aws-lambda-nodejs/lib/bundling.js');
  const { Bundling } = require(bundlingFile) as {
    Bundling: { esbuildInstallation?: { isWorkspacePackage: boolean; version: string } };
  };
  const before = { installation: Bundling.esbuildInstallation, path: process.env.PATH };
  Bundling.esbuildInstallation = { isWorkspacePackage: false, version };
  process.env.PATH = [binDir, process.env.PATH].filter(Boolean).join(delimiter);
  try {
    return await build();
  } finally {
    Bundling.esbuildInstallation = before.installation;
    process.env.PATH = before.path;
  }
}
