import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { bundleBrowserEntry } from './bundle';
import type { LogBenchApi } from './log-entry';
import { HEAP_ARGS, openBenchPage } from './page';

const entry = fileURLToPath(new URL('./log-entry.ts', import.meta.url));
const scenarioFile = fileURLToPath(
  new URL('../../../public/scenarios/order-saga.json', import.meta.url),
);

export interface LogBenchPage {
  readonly browser: Browser;
  readonly page: Page;
  /** Calls one `logBench` function in the page and returns its result. */
  call<K extends keyof LogBenchApi>(
    name: K,
    ...args: Parameters<LogBenchApi[K]>
  ): Promise<Awaited<ReturnType<LogBenchApi[K]>>>;
  close(): Promise<void>;
}

/** Opens the bench page (heap flags on) with a database `dbName` seeded with `events` events. */
export async function openSeededLogBench(
  dbName: string,
  events: number,
): Promise<LogBenchPage & { seed: { ms: number; events: number; baseEvents: number } }> {
  const { browser, page } = await openBenchPage(await bundleBrowserEntry(entry), {
    global: 'logBench',
    extraArgs: HEAP_ARGS,
  });
  page.setDefaultTimeout(0);
  const call: LogBenchPage['call'] = (name, ...args) =>
    page.evaluate(
      ([fn, fnArgs]) => {
        const api = (
          globalThis as unknown as { logBench: Record<string, (...a: unknown[]) => unknown> }
        ).logBench;
        return api[fn]!(...fnArgs);
      },
      [name, args] as const,
    ) as never;
  try {
    const scenario = JSON.parse(readFileSync(scenarioFile, 'utf8')) as unknown;
    const seed = await call('seedBenchLog', dbName, scenario, events);
    return { browser, page, call, seed, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
