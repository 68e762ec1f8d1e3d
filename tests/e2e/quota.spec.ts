import { type CDPSession, expect, type Page, test } from '@playwright/test';
import { seededRandom } from '../../src/sim/random/random';
import { storageMessages } from '../../src/state/persistence/storage-status';
import { durability, logProblems, readStoredLog } from './recovery-support';
import { statusBar, toolbarButton } from './run-support';

const SEED = 7301;
const CYCLES = 3;

/**
 * Limits the origin to what it uses now plus `headroomBytes`. Chromium's IndexedDB keeps the
 * space it was granted for a while (measured here: ~25 s before it asks the quota again), so a
 * limit set on a busy origin takes effect late; set before the page opens its database (or
 * while a refusal makes it ask again) it holds from the next write.
 */
async function limitQuota(cdp: CDPSession, origin: string, headroomBytes: number) {
  const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + headroomBytes });
  return usage + headroomBytes;
}

/** Gives the origin its normal quota back. */
async function restoreQuota(cdp: CDPSession, origin: string) {
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
}

/** The stored log and what the status bar says, once both stopped moving. */
async function settledStore(page: Page) {
  let rows = await readStoredLog(page);
  await expect
    .poll(async () => {
      rows = await readStoredLog(page);
      return rows.length === (await durability(page)).durable;
    })
    .toBe(true);
  return rows;
}

// The precache of the offline service worker would count against the quota too.
test.use({ serviceWorkers: 'block' });

test(`when the storage quota runs out mid-run (${CYCLES} times, seed ${SEED}), the run pauses and says so, nothing partial is stored, and Resume carries on once space is back`, async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const random = seededRandom(SEED);
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewportSize({ width: 1440, height: 900 });
  const cdp = await page.context().newCDPSession(page);
  let quota = await limitQuota(cdp, origin, random.int(200_000, 500_000));
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: 'Storage is full' });
  const results: string[] = [];

  await toolbarButton(page, 'Run').click();
  for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
    await expect(statusBar(page)).toContainText('Running');
    await expect(alert).toContainText(storageMessages.quota, { timeout: 30_000 });
    await expect(statusBar(page)).toContainText('Paused');
    const paused = await settledStore(page);
    const shown = await durability(page);
    // Whole batches only: gap-free positions and stream versions, exactly what was acknowledged.
    expect(logProblems(paused)).toEqual([]);
    expect(paused.length).toBe(shown.durable);
    // The refused write may be a log batch (events run ahead of what is saved) or the workspace
    // save that came after the last batch was written (then both are equal): never fewer shown.
    expect(shown.events).toBeGreaterThanOrEqual(shown.durable);
    // The sleep is the point: a window in which a running engine would have saved more.
    await page.waitForTimeout(500);
    expect(await durability(page)).toEqual(shown);

    // Space comes back: more headroom (another refusal later), or, last, the normal quota.
    const last = cycle === CYCLES;
    if (last) await restoreQuota(cdp, origin);
    else quota = await limitQuota(cdp, origin, random.int(200_000, 500_000));
    await alert.getByRole('button', { name: 'Resume' }).click();
    await expect(alert).toHaveCount(0);
    await expect(statusBar(page)).toContainText('Running');
    await expect.poll(async () => (await durability(page)).durable).toBeGreaterThan(shown.events);
    results.push(
      `cycle ${cycle}: paused with ${shown.durable}/${shown.events} saved (${paused.length} stored, gap-free, nothing more written while paused), resumed to ${(await durability(page)).durable} under ${last ? 'the normal quota' : `${quota} B`}`,
    );
  }
  // Under the normal quota saving goes on: hundreds more events stored, and no refusal.
  const resumedTo = (await durability(page)).durable;
  await expect
    .poll(async () => (await durability(page)).durable, { timeout: 20_000 })
    .toBeGreaterThan(resumedTo + 300);
  await expect(alert).toHaveCount(0);
  await toolbarButton(page, 'Pause').click();
  const final = await settledStore(page);
  expect(logProblems(final)).toEqual([]);
  expect(errors).toEqual([]);
  console.log(
    `[quota seed=${SEED}] ${results.join('; ')}; final log ${final.length} events gap-free`,
  );
});
