/**
 * The esbuild options CDK's NodejsFunction uses for our functions, as a JS-API object.
 *
 * MIRRORED, not imported: infra/constructs/node-function.ts keeps its bundling options inline in
 * the `NodejsFunction` props and does not export them (nor `ESM_REQUIRE_BANNER`). Until it exports
 * them as a plain object, this file copies them and `checkMirror()` compares the copy with the
 * source text, so a change there makes `npm run bench` say so instead of measuring something else.
 *
 * How CDK turns `bundling` into an esbuild call (aws-cdk-lib 2.276,
 * aws-lambda-nodejs/lib/bundling.js `buildEsbuildArgs`; local bundling, no Docker):
 *   esbuild --bundle <entry relative to projectRoot> --target=node24 --platform=node --format=esm
 *     --outfile=<asset>/index.mjs --minify --sourcemap [--external:… for each externalModules]
 *     --banner:js=<banner> --main-fields=module,main
 * run with cwd = projectRoot (the folder of depsLockFilePath, i.e. the repository root), so
 * esbuild finds tsconfig.json itself (JSX via hono/jsx). `sourcesContent` stays at its default
 * (true); no define, loader, keepNames, tsconfig or metafile flags are passed.
 * `externalModules: []` overrides CDK's default (`@aws-sdk/*` for Node 18+): the SDK is bundled.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BuildOptions } from 'esbuild';

/** Copy of `ESM_REQUIRE_BANNER` in infra/constructs/node-function.ts. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __qhCreateRequire } from 'node:module'; const require = __qhCreateRequire(import.meta.url);";

/** Copy of the `bundling` props in infra/constructs/node-function.ts (CDK names). */
export const CDK_BUNDLING = {
  minify: true,
  sourceMap: true,
  format: 'esm',
  target: 'node24',
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  externalModules: [] as string[],
} as const;

/** Copy of the NODE_OPTIONS every function gets in node-function.ts (`environment`). */
export const CDK_NODE_OPTIONS = '--enable-source-maps';

export interface CdkBuildInput {
  /** Repository root (folder of package-lock.json): CDK's projectRoot and esbuild's cwd. */
  projectRoot: string;
  /** Absolute path of the handler module. */
  entry: string;
  /** Output folder; the bundle is written as index.mjs (+ index.mjs.map), as in the CDK asset. */
  outdir: string;
  /** Overrides CDK_BUNDLING.externalModules (for experiments only). */
  externalModules?: readonly string[];
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
    external: [...(input.externalModules ?? CDK_BUNDLING.externalModules)],
    banner: { js: CDK_BUNDLING.banner },
    mainFields: [...CDK_BUNDLING.mainFields],
    // Not in CDK's call; does not change the output. Used for the top-inputs table.
    metafile: true,
    write: true,
    logLevel: 'warning',
  };
}

/**
 * Compares the mirror with node-function.ts's source text. Returns what no longer matches (empty
 * when all options are found verbatim). Text matching is crude but loud: a reformat also trips it.
 */
export function checkMirror(projectRoot: string): string[] {
  const source = readFileSync(join(projectRoot, 'infra/constructs/node-function.ts'), 'utf8');
  const expected: Record<string, RegExp> = {
    banner: new RegExp(escapeRegExp(JSON.stringify(ESM_REQUIRE_BANNER).slice(1, -1))),
    minify: /\bminify:\s*true\b/,
    sourceMap: /\bsourceMap:\s*true\b/,
    format: /\bformat:\s*OutputFormat\.ESM\b/,
    target: /\btarget:\s*'node24'/,
    mainFields: /\bmainFields:\s*\['module',\s*'main'\]/,
    externalModules: /\bexternalModules:\s*\[\]/,
    runtime: /\bruntime:\s*Runtime\.NODEJS_24_X\b/,
    nodeOptions: new RegExp(`NODE_OPTIONS:\\s*'${escapeRegExp(CDK_NODE_OPTIONS)}'`),
  };
  const problems = Object.entries(expected)
    .filter(([, pattern]) => !pattern.test(source))
    .map(([name]) => `${name} not found as mirrored`);
  for (const option of [
    'loader',
    'define',
    'keepNames',
    'tsconfig',
    'esbuildArgs',
    'sourceMapMode',
    'sourcesContent',
    'footer',
    'inject',
    'nodeModules',
    'preCompilation',
  ]) {
    if (new RegExp(`\\b${option}:`).test(source))
      problems.push(`${option} is set in node-function.ts but not mirrored`);
  }
  return problems;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
