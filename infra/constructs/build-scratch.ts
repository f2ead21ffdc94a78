/**
 * A scratch folder for the files a synth copies beside every bundle (the message files, the exec wrapper). CDK runs
 * the bundling hooks in this process during synth, so the folder is removed when the process exits: every synth,
 * test worker and bench run made folders of their own and left them in the temporary directory before.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let scratch: string | undefined;

/** `name`, a new folder in this process's scratch folder (made on first use, removed at exit). */
export function buildScratchFolder(name: string): string {
  if (!scratch) {
    const folder = mkdtempSync(join(tmpdir(), 'qh-build-'));
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    scratch = folder;
  }
  const folder = join(scratch, name);
  mkdirSync(folder);
  return folder;
}
