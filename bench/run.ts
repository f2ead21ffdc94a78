/**
 * `npm run bench`: the benches, one after the other. Not part of the test suite.
 * Arguments after `--` go to the benches (bench/bundles.ts: --experiment, --runs N, --warmups N, --no-write, --keep).
 */
import { runBundlesBench } from './bundles.ts';

const args = process.argv.slice(2);
await runBundlesBench(args);
