import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { buildAppOnce, root } from './app-build';
import { CHROMIUM_ARGS } from './page';
import { type QuietWait, waitForQuietMachine } from './quiet-machine';

const PORT = Number(process.env.APP_BENCH_PORT ?? 4180);

export interface AppPage {
  readonly context: BrowserContext;
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
  // A persistent profile on disk, as a person's browser has: an off-the-record context keeps
  // IndexedDB in memory, where seeding a million events slowed to a crawl (~10 MB a minute).
  const profile = await mkdtemp(join(tmpdir(), 'eventfold-bench-'));
  // No service worker: it would serve the app from its precache, past page.route (the log
  // seeding blocks the example that way) and with precache downloads competing with measuring.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport,
    serviceWorkers: 'block',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${PORT}/`);
  return {
    context,
    page,
    quiet,
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      await rm(profile, { recursive: true, force: true });
    },
  };
}
