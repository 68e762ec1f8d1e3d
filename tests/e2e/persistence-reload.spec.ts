import { expect, type Page, test } from '@playwright/test';
import { componentKindInfo } from '../../src/sim/scenario/component-kinds';
import { openBlankPage } from './recovery-support';
import { statusBar, statusNumber } from './run-support';
import { readStoredState } from './stored-state';

/** Waits until the running run has made more than `count` events (the status bar's count). */
async function runPast(page: Page, count: number): Promise<void> {
  await expect.poll(() => statusNumber(page, 'events'), { timeout: 20_000 }).toBeGreaterThan(count);
}

/** What IndexedDB holds right now: stored events, and the saved workspace's canvas and run. */
async function readStorage(page: Page) {
  const { events, workspace } = await readStoredState(page);
  return { events, components: workspace?.components ?? -1, steps: workspace?.steps ?? -1 };
}

test('a paused run and its canvas come back after a reload, with the stored log matching it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  const nodes = page.locator('.react-flow__node');
  const status = statusBar(page);
  const toolbar = page.getByRole('toolbar', { name: 'Simulation controls' });
  await expect(nodes.first()).toBeVisible();
  const exampleNodes = await nodes.count();

  await toolbar.getByRole('button', { name: 'Run', exact: true }).click();
  await runPast(page, 200);
  await toolbar.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(status).toContainText('Paused');
  expect(await statusNumber(page, 'events')).toBeGreaterThan(200);

  // Adding a component changes the structure, so the run restarts from t = 0; run it again.
  const palette = page.getByRole('complementary', { name: 'Palette' });
  await palette
    .getByRole('button', { name: componentKindInfo.notification.label, exact: true })
    .focus();
  await page.keyboard.press('Enter');
  await expect(nodes).toHaveCount(exampleNodes + 1);
  await expect(status).toContainText('t = 0.000 s');
  await toolbar.getByRole('button', { name: 'Run', exact: true }).click();
  await runPast(page, 200);
  await toolbar.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(status).toContainText('Paused');
  const events = await statusNumber(page, 'events');
  const steps = await statusNumber(page, 'steps');
  expect(events).toBeGreaterThan(200);
  const nodeNames = page.locator('.react-flow__node .component-node__name');
  const names = await nodeNames.allTextContents();
  expect(names).toContain('Notification 2');

  // Everything is durable (events written behind the engine, the workspace autosaved).
  await expect(status).toContainText(`saved ${events}/${events}`);
  await expect
    .poll(() => readStorage(page))
    .toEqual({ events, components: exampleNodes + 1, steps });

  await page.reload();

  await expect(nodes).toHaveCount(exampleNodes + 1);
  expect(await nodeNames.allTextContents()).toEqual(names);
  await expect(status).toContainText('Paused');
  await expect(status).toContainText(`${events} events`);
  await expect(status).toContainText(`${steps} steps`);
  await expect(status).toContainText(`saved ${events}/${events}`);
  expect((await readStorage(page)).events).toBe(events);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/persistence-reload.png' });
  expect(errors).toEqual([]);
});

test('when the browser lost the saved workspace between visits, the app says so and opens the example', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  const status = statusBar(page);
  const toolbar = page.getByRole('toolbar', { name: 'Simulation controls' });
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await toolbar.getByRole('button', { name: 'Run', exact: true }).click();
  await runPast(page, 200);
  await toolbar.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(status).toContainText('Paused');
  const events = await statusNumber(page, 'events');
  expect(events).toBeGreaterThan(200);
  await expect(status).toContainText(`saved ${events}/${events}`);
  await expect.poll(async () => (await readStorage(page)).steps).toBeGreaterThan(0);
  await page.close();

  // What Chromium does with a LevelDB store it finds corrupt: the database is gone. Deleted from
  // a blank page of the same origin, with no app open to hold a connection.
  const blank = await openBlankPage(context);
  await blank.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('eventfold');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await blank.close();

  const reopened = await context.newPage();
  reopened.on('pageerror', (error) => errors.push(error.message));
  await reopened.goto('/');
  await expect(reopened.locator('.react-flow__node').first()).toBeVisible();
  const notice = reopened.locator('.notice', { hasText: "no longer in this browser's storage" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('events stored');
  await expect(statusBar(reopened)).toContainText('t = 0.000 s');
  // The example is usable at once: Run starts it.
  const run = reopened
    .getByRole('toolbar', { name: 'Simulation controls' })
    .getByRole('button', { name: 'Run', exact: true });
  await expect(run).toBeEnabled();
  await reopened.screenshot({ path: 'test-results/workspace-lost.png' });
  await run.click();
  await expect(statusBar(reopened)).toContainText('Running');
  expect(errors).toEqual([]);
});
