import { expect, type Locator, type Page, test } from '@playwright/test';
import { openBlankPage } from './recovery-support';
import { readStoredState } from './stored-state';

/** The "N events" count the status bar shows. */
async function shownEventCount(status: Locator): Promise<number> {
  const match = /(\d+) events/.exec((await status.textContent()) ?? '');
  if (!match) throw new Error(`the status bar shows no event count: ${await status.textContent()}`);
  return Number(match[1]);
}

/** The "N steps" count the status bar shows. */
async function shownSteps(status: Locator): Promise<number> {
  const match = /(\d+) steps?/.exec((await status.textContent()) ?? '');
  return match ? Number(match[1]) : -1;
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
  const status = page.getByRole('status');
  const toolbar = page.getByRole('toolbar', { name: 'Simulation controls' });
  await expect(nodes.first()).toBeVisible();
  const exampleNodes = await nodes.count();

  await toolbar.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForTimeout(2000);
  await toolbar.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(status).toContainText('Paused');
  expect(await shownEventCount(status)).toBeGreaterThan(0);

  // Adding a component changes the structure, so the run restarts from t = 0; run it again.
  const palette = page.getByRole('complementary', { name: 'Palette' });
  await palette.getByRole('button', { name: 'Notification', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(nodes).toHaveCount(exampleNodes + 1);
  await expect(status).toContainText('t = 0.000 s');
  await toolbar.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForTimeout(1500);
  await toolbar.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(status).toContainText('Paused');
  const events = await shownEventCount(status);
  const steps = await shownSteps(status);
  expect(events).toBeGreaterThan(0);
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
  const status = page.getByRole('status');
  const toolbar = page.getByRole('toolbar', { name: 'Simulation controls' });
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await toolbar.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForTimeout(1500);
  await toolbar.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(status).toContainText('Paused');
  const events = await shownEventCount(status);
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
  await expect(reopened.getByRole('status')).toContainText('t = 0.000 s');
  // The example is usable at once: Run starts it.
  const run = reopened
    .getByRole('toolbar', { name: 'Simulation controls' })
    .getByRole('button', { name: 'Run', exact: true });
  await expect(run).toBeEnabled();
  await reopened.screenshot({ path: 'test-results/workspace-lost.png' });
  await run.click();
  await expect(reopened.getByRole('status')).toContainText('Running');
  expect(errors).toEqual([]);
});
