import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './test/support/sequencer.ts';

// Tests run on the Lambda runtime's major version; a silent fallback to the system Node fails here.
if (!process.versions.node.startsWith('24.')) {
  throw new Error(`Tests need Node 24 (as AWS Lambda), not ${process.versions.node}: run them through npm (npm test).`);
}

// Four projects: pure unit tests next to the code; integration tests against DynamoDB Local and
// cognito-local (started once by the global setup, on free ports); template tests on the
// synthesized CloudFormation; end-to-end tests in headless Chromium.
export default defineConfig({
  test: {
    // Two files at a time even on two cores (vitest's default is cores − 1 = one): a test file
    // mostly waits on DynamoDB Local, cognito-local, Chromium or esbuild, so a second worker
    // fills that time (measured: the files' summed durations 1.45× the run's span under load).
    maxWorkers: 2,
    // The longest files first, across projects: none is left to run alone at the end (test/support/sequencer.ts).
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          // Pure modules without shared state: one module graph for all files saves re-importing it per file.
          isolate: false,
          include: [
            'shared/**/*.test.{ts,tsx}',
            'functions/**/*.test.{ts,tsx}',
            'infra/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          // Not vitest's 5 s (hooks 10 s): the property tests run hundreds of cases, and a busy two-core machine
          // stretches a test many times over. A hang still fails.
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          // Every file builds its own platform on its own table (no module-level state in the
          // app code), so files share one module graph instead of importing the whole platform
          // again each (about 2 s a file on two cores).
          isolate: false,
          // Expected rejections are logged at info; tests show only unexpected errors.
          env: { LOG_LEVEL: 'error' },
          include: ['test/integration/**/*.test.{ts,tsx}'],
          globalSetup: ['test/support/global-setup.ts'],
          // Generous: the suite must pass on a busy two-core machine; heavy tests set their own (test/support/timeouts.ts).
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'infra',
          // One module graph for the files: aws-cdk-lib is imported once, and the template tests
          // share one synth of the stack (test/support/template-stack.ts) instead of one each.
          isolate: false,
          include: ['test/infra/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          env: { LOG_LEVEL: 'error' },
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser file at a time, after the other projects' files (test/support/sequencer.ts puts them last).
          // Measured on fresh clones of the same tree: 611 s of vitest this way, 634 s two at a time (each browser
          // file slowed the other: roles-day 44 → 73 s).
          fileParallelism: false,
        },
      },
    ],
  },
});
