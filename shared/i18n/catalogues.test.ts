import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, type CatalogueName, messageFileName } from './catalogues.ts';
import { LANGS } from './languages.ts';
import { loadCatalogue } from './load.ts';
import { writeMessageFiles } from './message-files.ts';
import { isPluralRefinement } from './plural.ts';

const NAMES = Object.keys(CATALOGUES) as CatalogueName[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the message files of every language', () => {
  for (const catalogue of NAMES) {
    const german = loadCatalogue(catalogue, 'de');
    const germanKeys = new Set(Object.keys(german));

    for (const lang of LANGS.filter((l) => l !== 'de')) {
      it(`${catalogue} in ${lang}: every key of German, no other (but plural refinements)`, () => {
        const texts = loadCatalogue(catalogue, lang);
        const missing = [...germanKeys].filter((key) => !(key in texts));
        const extra = Object.keys(texts).filter((key) => !germanKeys.has(key) && !isPluralRefinement(key, germanKeys));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it(`${catalogue} in ${lang}: every text filled, with exactly German's placeholders`, () => {
        const texts = loadCatalogue(catalogue, lang);
        for (const [key, text] of Object.entries(texts)) {
          expect(typeof text === 'string' && text.trim() !== '', `${lang} ${key}`).toBe(true);
          const base = germanKeys.has(key) ? key : key.slice(0, key.lastIndexOf('_'));
          expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(german[base] ?? ''));
        }
      });
    }
  }

  it('are written as JSON for the bundles exactly as the TypeScript files say', () => {
    const folder = mkdtempSync(join(tmpdir(), 'qh-messages-test-'));
    try {
      const written = writeMessageFiles(folder);
      expect(readdirSync(written).sort()).toEqual(
        NAMES.flatMap((catalogue) => LANGS.map((lang) => messageFileName(catalogue, lang))).sort(),
      );
      for (const catalogue of NAMES) {
        for (const lang of LANGS) {
          const json = JSON.parse(readFileSync(join(written, messageFileName(catalogue, lang)), 'utf8'));
          expect(json, `${catalogue}-${lang}`).toEqual(loadCatalogue(catalogue, lang));
        }
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
