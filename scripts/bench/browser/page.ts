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

/** Opens headless Chromium on a page at BENCH_ORIGIN that has loaded `script`. */
export async function openBenchPage(script: string): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.route(`${BENCH_ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/bench.js') {
        return route.fulfill({ contentType: 'text/javascript', body: script });
      }
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>store bench</title><script src="/bench.js"></script>',
      });
    });
    await page.goto(`${BENCH_ORIGIN}/`);
    await page.waitForFunction(() => 'storeBench' in globalThis);
    return { browser, page };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
