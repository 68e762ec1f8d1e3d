import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, type Page, type Response, test } from '@playwright/test';
import {
  newScenarioOverExample,
  statusBar,
  statusNumber,
  toolbarButton,
  watchForProblems,
} from './run-support';
import { readStoredState } from './stored-state';

/** The folder the Playwright config builds into (E2E_OUT_DIR, as in playwright.config.ts). */
const builtDir = process.env.E2E_OUT_DIR ?? 'dist';

/** The URL of the service worker controlling the page, or null while none does. */
const controllerUrl = (page: Page) =>
  page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);

/** Same-origin responses the page sees from now on (what the network or the worker answered). */
function recordResponses(page: Page, origin: string): Response[] {
  const seen: Response[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(origin)) seen.push(response);
  });
  return seen;
}

/** The URLs sw.js precaches, read from its precacheAndRoute([...]) list. */
function precachedUrls(serviceWorker: string): string[] {
  return [...serviceWorker.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1] ?? '');
}

/** Every file of the build below `dir`, as paths relative to the build folder. */
function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? builtFiles(path) : [relative(builtDir, path)];
  });
}

test('after the first load, the app opens, runs the engine and draws charts with the network gone', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = baseURL ?? '';
  await page.setViewportSize({ width: 1440, height: 900 });
  const problems = await watchForProblems(page);

  // Online first visit. Each test gets a fresh browser context, so no worker from an earlier run
  // (or an older build) controls this page: the first load comes from the server.
  const firstLoad = await page.goto('/');
  expect(firstLoad?.fromServiceWorker()).toBe(false);
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // clientsClaim: the installed worker takes this page without a reload.
  await expect.poll(() => controllerUrl(page)).toBe(`${origin}/sw.js`);
  // The reload below should restore the example, so wait until the autosave has stored it.
  await expect.poll(async () => (await readStoredState(page)).workspace?.components).toBe(14);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  const responses = recordResponses(page, origin);
  await page.reload();
  await expect(page.getByRole('toolbar', { name: 'Simulation controls' })).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  expect(await controllerUrl(page)).toBe(`${origin}/sw.js`);

  // The example comes from /scenarios/order-saga.json, answered from the precache.
  await newScenarioOverExample(page);
  await page.getByRole('button', { name: 'Scenario', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Load example', exact: true }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  await expect(page.locator('.react-flow__node', { hasText: 'Order Saga' })).toHaveCount(1);

  // The engine Web Worker's chunk loaded: a run produces events.
  await toolbarButton(page, 'Run').click();
  await expect(statusBar(page)).toContainText('Running');
  await expect.poll(() => statusNumber(page, 'events')).toBeGreaterThan(100);
  const running = await statusNumber(page, 'events');
  await expect.poll(() => statusNumber(page, 'events')).toBeGreaterThan(running);

  // The lazily loaded Charts chunk (recharts) loads offline too.
  await page.getByRole('tab', { name: 'Charts' }).click();
  const orders = page.getByRole('region', { name: 'Order statistics' });
  await expect(orders.getByText('Orders placed', { exact: true })).toBeVisible();
  await expect(page.locator('.recharts-wrapper').first()).toBeVisible();
  await toolbarButton(page, 'Pause').click();
  await expect(statusBar(page)).toContainText('Paused');

  const urls = responses.map((response) => new URL(response.url()).pathname);
  expect(urls).toContain('/');
  expect(urls).toContain('/scenarios/order-saga.json');
  expect(urls.some((path) => /^\/assets\/ChartsPanel-[\w-]+\.js$/.test(path))).toBe(true);
  // Everything the page fetched after going offline came from the service worker.
  const fromNetwork = responses.filter((response) => !response.fromServiceWorker());
  expect(fromNetwork.map((response) => response.url())).toEqual([]);

  await page.screenshot({ path: 'test-results/offline-charts.png' });
  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});

test('the built sw.js precaches every file of the build except source maps', async ({
  request,
}) => {
  const response = await request.get('/sw.js');
  expect(response.ok()).toBe(true);
  const precached = precachedUrls(await response.text());

  expect(precached).toContain('index.html');
  expect(precached).toContain('scenarios/order-saga.json');
  expect(precached).toContain('manifest.webmanifest');
  expect(precached).toContain('favicon.svg');
  expect(precached.filter((url) => /^assets\/engine-worker-[\w-]+\.js$/.test(url))).toHaveLength(1);
  expect(precached.filter((url) => url.endsWith('.map'))).toEqual([]);

  // The service worker's own files are fetched by the browser, not precached.
  const served = builtFiles(builtDir)
    .map((path) => path.split('\\').join('/'))
    .filter((path) => !path.endsWith('.map') && path !== 'sw.js' && !/^workbox-/.test(path));
  expect([...precached].sort()).toEqual([...served].sort());
});
