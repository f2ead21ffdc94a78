import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUES, type CatalogueName, MESSAGE_FOLDER, messageFileName } from './catalogues.ts';
import { LANGS } from './languages.ts';
import { loadCatalogue } from './load.ts';

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
