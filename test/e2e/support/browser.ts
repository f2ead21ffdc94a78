/**
 * Headless Chromium for the end-to-end tests: Debian's /usr/bin/chromium (installed by scripts/ensure-chromium.sh)
 * driven by playwright-core. One browser per test file, a fresh context (cookies, storage, viewport) per test.
 */
import fs from 'node:fs';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * --no-sandbox: we run as root, where Chromium's sandbox refuses to start. The rest keep a headless run quiet,
 * offline and deterministic: no GPU, /tmp instead of a small /dev/shm, no background look-ups, updates, sync,
 * first-run UI or QUIC.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Per-action and navigation timeout: the pages answer in milliseconds, so a failure should not wait 30 s. */
export const ACTION_TIMEOUT_MS = 10_000;

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: run scripts/ensure-chromium.sh (installs Debian's chromium as root)`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface BrowserPage {
  context: BrowserContext;
  page: Page;
}

/** A fresh context (no cookies) and one page in it. Defaults: German locale, Berlin time, a desktop-ish window. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserPage> {
  const context = await browser.newContext({
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1024, height: 800 },
    ...options,
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS);
  return { context, page: await context.newPage() };
}

/** The part of vitest's test context used here (`it('…', async (test) => …)`): works for concurrent tests too. */
export interface TestHandle {
  onTestFinished(fn: () => unknown): void;
}

/**
 * Registers vitest hooks for one browser per file, and returns `page(test)`, which opens a fresh context (no cookies)
 * closed when that test finishes, also when tests run concurrently. The launch starts in beforeAll without holding
 * it up, so it overlaps the file's other set-up (engines, tables, accounts); `page()` waits for it.
 */
export function useBrowser(): { page: (test: TestHandle, options?: BrowserContextOptions) => Promise<BrowserPage> } {
  let launching: Promise<Browser> | undefined;
  beforeAll(() => {
    launching = launchBrowser();
    launching.catch(() => undefined); // reported by the first page(); not an unhandled rejection meanwhile
  });
  afterAll(async () => {
    const browser = await launching?.catch(() => undefined);
    launching = undefined;
    await browser?.close();
  });
  return {
    page: async (test, options) => {
      if (!launching)
        throw new Error('useBrowser(): page() works only inside a test of the file that called useBrowser()');
      const opened = await newPage(await launching, options);
      test.onTestFinished(() => opened.context.close().catch(() => undefined));
      return opened;
    },
  };
}
