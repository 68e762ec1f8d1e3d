import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { seededRandom } from '../../src/sim/random/random';
import { acknowledgedMissing, durability, logProblems, readStoredLog } from './recovery-support';
import { statusBar, toolbarButton } from './run-support';

const SEED = 7201;
const SPEEDS = ['1', '10', 'max'] as const;
const NEWER_VERSION = 1000;

/**
 * A page of the app's origin that does not run the app (a static file), standing for a newer
 * build: it opens the database at a higher version and adds a store, as a schema upgrade does.
 */
async function upgradeFromAnotherTab(context: BrowserContext): Promise<Page> {
  const newer = await context.newPage();
  await newer.goto('/scenarios/order-saga.json');
  const version = await newer.evaluate(
    (target) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('eventfold', target);
        request.onupgradeneeded = () => request.result.createObjectStore('added-by-newer-build');
        request.onblocked = () => reject(new Error('the first tab kept its connection open'));
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const { version: opened } = request.result;
          request.result.close();
          resolve(opened);
        };
      }),
    NEWER_VERSION,
  );
  expect(version).toBe(NEWER_VERSION);
  return newer;
}

test(`when another tab upgrades the schema mid-run (3 speeds, seed ${SEED}), the first tab closes its connection, says so, loses no acknowledged write, and a Reload carries on from all of it`, async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const random = seededRandom(SEED);
  const results: string[] = [];
  for (const speed of SPEEDS) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/');
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await page.getByLabel('Speed').selectOption(speed);
    await toolbarButton(page, 'Run').click();
    await expect(statusBar(page)).toContainText('Running');
    // The sleep is the point: the seeded moment of the upgrade, anywhere in the write-behind's cycle.
    await page.waitForTimeout(random.int(300, 900));

    const { durable: acknowledgedThrough } = await durability(page);
    const acknowledged = await readStoredLog(page, { to: acknowledgedThrough });
    const newer = await upgradeFromAnotherTab(context);

    const alert = page.getByRole('alert').filter({ hasText: 'stopped saving' });
    await expect(alert).toContainText(
      'Eventfold was opened in a newer version in another tab, so this tab stopped saving. Reload to continue; everything saved so far is kept.',
    );
    await expect(statusBar(page)).toContainText('Paused');
    // What the first tab finally says is saved is exactly what the log holds, whole and gap-free.
    let stored = await readStoredLog(newer);
    await expect
      .poll(async () => {
        stored = await readStoredLog(newer);
        return stored.length === (await durability(page)).durable;
      })
      .toBe(true);
    const { durable: finallySaved, events } = await durability(page);
    expect(logProblems(stored)).toEqual([]);
    expect(acknowledgedMissing(acknowledged, stored)).toEqual([]);
    expect(acknowledged).toHaveLength(acknowledgedThrough);

    // Reload, as the banner says: the run comes back with everything saved, and saving goes on.
    await alert.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await expect
      .poll(async () => {
        const shown = await durability(page);
        // At max speed the saved run can be far ahead of its stored log: that part is written
        // behind again, so only what was saved before the upgrade must be there at once.
        return shown.durable >= finallySaved && shown.events >= finallySaved;
      })
      .toBe(true);
    await expect(page.getByRole('alert')).toHaveCount(0);
    const reloaded = await readStoredLog(page, { to: finallySaved });
    expect(logProblems(reloaded)).toEqual([]);
    expect(acknowledgedMissing(stored, reloaded)).toEqual([]);
    expect(errors).toEqual([]);
    results.push(
      `speed ${speed}: ${acknowledgedThrough} acknowledged before the upgrade, ${finallySaved} saved of ${events} when it closed, ${stored.length} stored, 0 lost; after Reload the same ${reloaded.length} stored first and saving went on`,
    );
    await context.close();
  }
  console.log(`[multi-tab seed=${SEED}] ${results.join('; ')}`);
});
