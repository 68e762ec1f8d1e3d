import { type Browser, chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { buildAppOnce, root } from './app-build';
import { CHROMIUM_ARGS } from './page';
import { type QuietWait, waitForQuietMachine } from './quiet-machine';

const PORT = Number(process.env.APP_BENCH_PORT ?? 4180);

export interface AppPage {
  readonly browser: Browser;
  readonly page: Page;
  /** How long the machine took to go quiet before the browser opened. */
  readonly quiet: QuietWait;
  close(): Promise<void>;
}

/**
 * Builds the app as shipped, serves it with `vite preview` on its own port and opens it in the
 * system Chromium, so app benchmarks measure the real page (worker, CSP and all).
 */
export async function openAppPage(viewport = { width: 1440, height: 900 }): Promise<AppPage> {
  const outDir = await buildAppOnce();
  const quiet = await waitForQuietMachine();
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: PORT, strictPort: true, open: false },
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  // No service worker: it would serve the app from its precache, past page.route (the log
  // seeding blocks the example that way) and with precache downloads competing with measuring.
  const page = await browser.newPage({ viewport, serviceWorkers: 'block' });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  return {
    browser,
    page,
    quiet,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}
