import { expect, type Page, test } from '@playwright/test';
import { type Random, seededRandom } from '../../src/sim/random/random';
import { CrashableBrowser } from './crash-support';
import {
  acknowledgedMissing,
  askStatistics,
  durability,
  foldStatistics,
  logProblems,
  readStoredLog,
  type StoredRow,
} from './recovery-support';
import { statusBar, toolbarButton } from './run-support';

const ROUNDS = 10;
const SEEDS = [7101, 7102, 7103, 7104, 7105];

interface Tally {
  rounds: number;
  pageCloses: number;
  kills: number;
  acknowledged: number;
  lost: number;
  statisticsChecked: number;
}

/**
 * After a reopen: the run is restored and its log stored through its last event; the stored
 * log is gap-free and holds every event acknowledged durable before the crash, in place; and
 * the statistics projection equals a fold of the stored events up to its position.
 */
async function checkRecovered(
  page: Page,
  acknowledged: readonly StoredRow[],
  tally: Tally,
  pageErrors: readonly string[],
): Promise<StoredRow[]> {
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  // A restore replays the run and stores what is missing; a loaded CI machine is slow.
  await expect(async () => {
    const now = await durability(page);
    // Every notice, not only alerts: a first-visit hint would say the saved workspace was not
    // found, which tells a lost workspace from a run that failed to replay.
    const status = `${await statusBar(page).textContent()}; alerts: ${await page
      .getByRole('alert')
      .allTextContents()}; notices: ${await page
      .locator('.notice')
      .allTextContents()}; page errors so far: ${pageErrors.join(' | ') || 'none'}`;
    expect(now, `saved through the end (status bar: ${status})`).toEqual({
      durable: now.events,
      events: now.events,
    });
    expect(now.events, `the acknowledged events are back (${status})`).toBeGreaterThanOrEqual(
      acknowledged.length,
    );
  }).toPass({ timeout: 20_000 });
  const rows = await readStoredLog(page);
  expect(logProblems(rows)).toEqual([]);
  const missing = acknowledgedMissing(acknowledged, rows);
  tally.lost += missing.length;
  expect(missing).toEqual([]);
  expect(rows.length).toBe((await durability(page)).events);
  if (acknowledged.length === 0) return rows;
  const answer = await askStatistics(page);
  const rebuilt = foldStatistics(rows, answer.position);
  expect(answer.head).toBe(rows.length);
  expect({ totalOrders: answer.totalOrders, byStatus: answer.byStatus }).toEqual({
    totalOrders: rebuilt.totalOrders,
    byStatus: rebuilt.byStatus,
  });
  expect(rebuilt.totalOrders).toBeGreaterThan(0);
  tally.statisticsChecked += 1;
  return rows;
}

/** Runs for a seeded while, notes what is durable, then closes the page or kills the browser. */
async function runAndCrash(
  page: Page,
  recovered: readonly StoredRow[],
  browser: CrashableBrowser,
  random: Random,
  tally: Tally,
): Promise<StoredRow[]> {
  await toolbarButton(page, 'Run').click();
  await expect(statusBar(page)).toContainText('Running');
  await page.waitForTimeout(random.int(80, 600));
  const { durable } = await durability(page);
  // Only the newly acknowledged part is read: the rest was checked when the page opened.
  const acknowledged = [
    ...recovered,
    ...(await readStoredLog(page, { from: recovered.length + 1, to: durable })),
  ];
  expect(acknowledged.map((row) => row.position)).toEqual(
    Array.from({ length: durable }, (_, index) => index + 1),
  );
  tally.acknowledged = durable;
  if (random.chance(0.4)) {
    tally.kills += 1;
    await browser.kill();
  } else {
    tally.pageCloses += 1;
    await page.close();
  }
  tally.rounds += 1;
  return acknowledged;
}

for (const seed of SEEDS) {
  test(`a run closed or killed at ${ROUNDS} seeded points comes back with every durable event and matching projections (seed ${seed})`, async ({
    baseURL,
  }, testInfo) => {
    test.setTimeout(150_000);
    const random = seededRandom(seed);
    const browser = new CrashableBrowser(testInfo.project.use.launchOptions, baseURL);
    const tally: Tally = {
      rounds: 0,
      pageCloses: 0,
      kills: 0,
      acknowledged: 0,
      lost: 0,
      statisticsChecked: 0,
    };
    const started = Date.now();
    try {
      let acknowledged: StoredRow[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const page = await browser.openPage();
        const recovered = await checkRecovered(page, acknowledged, tally, browser.errors);
        acknowledged = await runAndCrash(page, recovered, browser, random, tally);
      }
      const page = await browser.openPage();
      await checkRecovered(page, acknowledged, tally, browser.errors);
      console.log(
        `[crash-recovery seed=${seed}] ${tally.rounds} rounds (${tally.pageCloses} page closes, ${tally.kills} browser kills), ${tally.acknowledged} events durable at the last crash, ${tally.lost} acknowledged events lost, ${tally.statisticsChecked} statistics answers equal to a fold of the stored log, ${Math.round((Date.now() - started) / 1000)} s`,
      );
      expect(browser.errors).toEqual([]);
    } finally {
      await browser.dispose();
    }
  });
}
