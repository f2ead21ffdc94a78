import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CATALOGUES, type CatalogueName, MESSAGE_FOLDER, messageFileName } from './catalogues.ts';
import type { Lang } from './languages.ts';

type Texts = Record<string, string>;

// One read per catalogue and language for the life of the process (a Lambda container).
const loaded = new Map<string, Texts>();

/**
 * The texts of one catalogue in one language, read on first use: in a Lambda bundle from the JSON
 * file the build put beside it (shared/i18n/message-files.ts, called by the bundling hook), so a bundle carries no
 * language's texts and a cold start parses only the language its request needs; run from source
 * (tsx, vitest) from the TypeScript module itself. Synchronous, so a translator can be made anywhere.
 */
export function loadCatalogue(catalogue: CatalogueName, lang: Lang): Texts {
  const key = `${catalogue}-${lang}`;
  let texts = loaded.get(key);
  if (!texts) {
    texts = read(catalogue, lang);
    loaded.set(key, texts);
  }
  return texts;
}

function read(catalogue: CatalogueName, lang: Lang): Texts {
  // In the bundle this module is index.mjs, and the folder lies beside it.
  const json = new URL(`./${MESSAGE_FOLDER}/${messageFileName(catalogue, lang)}`, import.meta.url);
  if (existsSync(json)) return JSON.parse(readFileSync(json, 'utf8')) as Texts;
  // A bundle without its message files is a build defect: say so, never reach for the sources.
  if (!import.meta.url.endsWith('.ts')) throw new Error(`Message file missing beside the bundle: ${json.pathname}`);
  const source = CATALOGUES[catalogue];
  // A computed path through createRequire: esbuild leaves it alone, so no language enters a bundle.
  const module = createRequire(import.meta.url)(`../../${source.path(lang)}`) as Record<string, Texts | undefined>;
  const texts = module[source.exportName(lang)];
  if (!texts) throw new Error(`${source.path(lang)} does not export ${source.exportName(lang)}`);
  return texts;
}
