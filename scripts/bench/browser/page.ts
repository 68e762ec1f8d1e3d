import { type Browser, chromium, type Page } from '@playwright/test';

/** A fake origin: IndexedDB needs a real one (about:blank has none). Served by page.route. */
export const BENCH_ORIGIN = 'http://bench.local';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Flags for heap measurements: `gc()` in the page and exact `performance.memory` figures. */
export const HEAP_ARGS = ['--js-flags=--expose-gc', '--enable-precise-memory-info'];

export interface BenchPageOptions {
  /** The global the bundled script defines; the page is ready once it exists. */
  readonly global: string;
  readonly extraArgs?: readonly string[];
}

/** Serves `script` on BENCH_ORIGIN in `page`, loads it and waits for the global it defines. */
export async function loadBenchScript(page: Page, script: string, global: string): Promise<void> {
  await page.route(`${BENCH_ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/bench.js') {
      return route.fulfill({ contentType: 'text/javascript', body: script });
    }
    return route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>bench</title><script src="/bench.js"></script>',
    });
  });
  await page.goto(`${BENCH_ORIGIN}/`);
  await page.waitForFunction((name) => name in globalThis, global);
}

/**
 * Opens headless Chromium (an off-the-record context: IndexedDB in memory) on a page at
 * BENCH_ORIGIN that has loaded `script`. Storage write benchmarks use a persistent profile
 * instead (persistent-page.ts).
 */
export async function openBenchPage(
  script: string,
  options: BenchPageOptions,
): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
  });
  try {
    const page = await browser.newPage();
    await loadBenchScript(page, script, options.global);
    return { browser, page };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
