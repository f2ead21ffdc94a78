/**
 * How every function is bundled (esbuild through CDK's NodejsFunction), as a plain object so
 * that the bundle benchmark (bench/) builds exactly what CDK builds. No aws-cdk-lib import here.
 */

/**
 * ESM bundles have no `require`; a few CommonJS dependencies still call it (esbuild's shim throws
 * "Dynamic require of … is not supported" without one). This is the usual banner that creates it.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __qhCreateRequire } from 'node:module'; const require = __qhCreateRequire(import.meta.url);";

export const BUNDLING = {
  minify: true,
  // No source maps: with --enable-source-maps Node parses the 1.5–2.8 MB maps at every cold
  // start (17–23 % more CPU per import, bench/README.md). No keepNames either: it wraps every
  // function and class in a naming call at import (about 45 KB and measurable CPU per bundle).
  // A logged stack position (index.mjs:line:column) is still exact: the build is deterministic,
  // and the same commit built with sourceMap: true gives the same code plus the map to read it.
  // Our errors carry a stable `code`, the SDK's an explicit `name`; only jose names its errors
  // after their class, and the token verifier turns every one into a 401 without logging it.
  sourceMap: false,
  keepNames: false,
  format: 'esm',
  target: 'node24',
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  // The AWS SDK v3 is bundled, not taken from the runtime: Lambda then runs exactly the SDK
  // version the integration tests ran against (package-lock.json). Taking the runtime's copy
  // would cut 60–65 % of the bytes but, measured, no cold-import time (bench/README.md).
  externalModules: [] as string[],
  // Lambda supplies the role's credentials in the environment: the environment provider replaces
  // the SDK's default chain in the bundles (lambda-credential-provider.ts). Paths are resolved
  // from the project root (esbuild's working directory).
  alias: {
    '@aws-sdk/credential-provider-node': './infra/constructs/lambda-credential-provider.ts',
    // No operation we call has an event stream (no-event-streams.ts).
    '@smithy/core/event-streams': './infra/constructs/no-event-streams.ts',
    // The DynamoDB client builds an endpoint-discovery cache that none of its commands uses (no-endpoint-cache.ts).
    '@aws-sdk/endpoint-cache': './infra/constructs/no-endpoint-cache.ts',
  } as Record<string, string>,
} as const;

/**
 * The build-time constant the docs function reads the HTTP function names from
 * (functions/docs/function-modules.ts): a Lambda bundle has no functions/ folder to list, so the
 * build writes in the names the stack discovered. Local runs and tests list the folder instead.
 */
export function httpFunctionsDefine(names: readonly string[]): Record<string, string> {
  return { QH_HTTP_FUNCTIONS: JSON.stringify(names.join(',')) };
}
