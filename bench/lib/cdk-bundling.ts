/**
 * The esbuild options CDK's NodejsFunction uses for our functions, as a JS-API object, built from
 * the same plain object the stack uses (infra/constructs/bundling-options.ts).
 *
 * How CDK turns `bundling` into an esbuild call (aws-cdk-lib 2.276,
 * aws-lambda-nodejs/lib/bundling.js `buildEsbuildArgs`; local bundling, no Docker):
 *   esbuild --bundle <entry relative to projectRoot> --target=node24 --platform=node --format=esm
 *     --outfile=<asset>/index.mjs --minify --sourcemap [--external:… for each externalModules]
 *     --banner:js=<banner> --main-fields=module,main --alias:<from>=<to> [--define:QH_HTTP_FUNCTIONS=… for HTTP functions]
 * run with cwd = projectRoot (the folder of depsLockFilePath, i.e. the repository root), so
 * esbuild finds tsconfig.json itself (JSX via hono/jsx). `sourcesContent` stays at its default
 * (true); --keep-names only if keepNames is set (it is not); no loader, tsconfig or metafile flags.
 * `externalModules: []` overrides CDK's default (`@aws-sdk/*` for Node 18+): the SDK is bundled.
 */
import { join, relative } from 'node:path';
import type { BuildOptions } from 'esbuild';
import { BUNDLING } from '../../infra/constructs/bundling-options.ts';

/** The `bundling` props of every NodejsFunction (infra/constructs/node-function.ts). */
export const CDK_BUNDLING = BUNDLING;

export interface CdkBuildInput {
  /** Repository root (folder of package-lock.json): CDK's projectRoot and esbuild's cwd. */
  projectRoot: string;
  /** Absolute path of the handler module. */
  entry: string;
  /** Output folder; the bundle is written as index.mjs (+ index.mjs.map), as in the CDK asset. */
  outdir: string;
  /** Overrides CDK_BUNDLING.externalModules (for experiments only). */
  externalModules?: readonly string[];
  /** Build-time constants, as the stack passes them (httpFunctionsDefine for HTTP functions). */
  define?: Record<string, string>;
}

/** esbuild JS-API options equivalent to CDK's CLI call, plus `metafile` (analysis only). */
export function cdkEsbuildOptions(input: CdkBuildInput): BuildOptions & { metafile: true; write: true } {
  return {
    absWorkingDir: input.projectRoot,
    entryPoints: [relative(input.projectRoot, input.entry)],
    bundle: true,
    target: CDK_BUNDLING.target,
    platform: 'node',
    format: CDK_BUNDLING.format,
    outfile: join(input.outdir, 'index.mjs'),
    minify: CDK_BUNDLING.minify,
    sourcemap: CDK_BUNDLING.sourceMap, // CLI `--sourcemap` = linked .map file + sourceMappingURL comment
    keepNames: CDK_BUNDLING.keepNames,
    external: [...(input.externalModules ?? CDK_BUNDLING.externalModules)],
    banner: { js: CDK_BUNDLING.banner },
    mainFields: [...CDK_BUNDLING.mainFields],
    alias: { ...CDK_BUNDLING.alias }, // CDK: esbuildArgs `--alias:<from>=<to>` (node-function.ts)
    ...(input.define && { define: input.define }),
    // Not in CDK's call; does not change the output. Used for the top-inputs table.
    metafile: true,
    write: true,
    logLevel: 'warning',
  };
}
