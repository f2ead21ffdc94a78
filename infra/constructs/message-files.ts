import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOGUES, type CatalogueName, MESSAGE_FOLDER, messageFileName } from '../../shared/i18n/catalogues.ts';
import { LANGS } from '../../shared/i18n/languages.ts';
import { loadCatalogue } from '../../shared/i18n/load.ts';

/**
 * Writes every catalogue in every language as JSON into `<folder>/messages/`, the layout
 * shared/i18n/load.ts reads beside a bundle. The TypeScript message files stay the source: the JSON
 * is made from them at each build, never kept.
 */
export function writeMessageFiles(folder: string): string {
  const target = join(folder, MESSAGE_FOLDER);
  mkdirSync(target, { recursive: true });
  for (const catalogue of Object.keys(CATALOGUES) as CatalogueName[]) {
    for (const lang of LANGS) {
      writeFileSync(join(target, messageFileName(catalogue, lang)), JSON.stringify(loadCatalogue(catalogue, lang)));
    }
  }
  return target;
}

let written: string | undefined;

/** The message files of this synth, written once per process into a temporary folder. */
export function messageFilesOfThisBuild(): string {
  written ??= writeMessageFiles(mkdtempSync(join(tmpdir(), 'qh-messages-')));
  return written;
}

/**
 * The NodejsFunction command hooks that put the message files beside the bundle (`afterBundling`
 * runs in a shell after esbuild, with the asset's output folder).
 */
export function messageFileHooks() {
  return {
    beforeBundling: (): string[] => [],
    beforeInstall: (): string[] => [],
    // Written only when a bundle is built: a synth that skips bundling writes nothing.
    afterBundling: (_inputDir: string, outputDir: string): string[] => [
      `mkdir -p "${outputDir}/${MESSAGE_FOLDER}"`,
      `cp "${messageFilesOfThisBuild()}"/*.json "${outputDir}/${MESSAGE_FOLDER}/"`,
    ],
  };
}
