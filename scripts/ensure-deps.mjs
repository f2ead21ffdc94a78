// Runs before `npm start` and `npm test` (as pre-scripts, on whatever Node the machine has):
// installs the locked dependencies, including the pinned Node 24 binary, when they are missing
// or older than package-lock.json. Plain JavaScript on purpose: nothing is installed yet.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const pinnedNode = 'node_modules/node/bin/node';

function pinnedNodeWorks() {
  try {
    return execFileSync(pinnedNode, ['--version'], { encoding: 'utf8' }).startsWith('v24.');
  } catch {
    return false;
  }
}

const stale = !existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs;
if (stale || !pinnedNodeWorks()) {
  console.log('▸ Installing dependencies (npm ci) …');
  const started = Date.now();
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (!pinnedNodeWorks()) {
    console.error(
      'The pinned Node 24 (npm package "node") did not install: check that npm may run its install script (allowScripts in package.json).',
    );
    process.exit(1);
  }
  console.log(`▸ Dependencies installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
