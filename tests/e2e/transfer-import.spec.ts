import { readFile } from 'node:fs/promises';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { statusNumber, watchForProblems } from './run-support';
import { readStoredState } from './stored-state';
import { exportAs, runAndPause, statusOf } from './transfer-support';

/** A page in a new browser context: a fresh profile with its own, empty IndexedDB. */
async function freshProfile(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = await watchForProblems(page);
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  return { page, problems };
}

async function importText(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByRole('toolbar', { name: 'Simulation controls' })
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
}

/** The number in a KPI card of the Charts tab. */
async function kpi(page: Page, label: string): Promise<number> {
  const card = page.locator('.kpi-card', { has: page.locator('dt', { hasText: label }) });
  return Number(
    ((await card.locator('.kpi-card__value').textContent()) ?? '').replace(/[^\d]/g, ''),
  );
}

/** The count next to "All" in the Saga timeline's lane filter. */
async function sagaCount(page: Page): Promise<number> {
  const all = page.locator('.lane-filter__option--all .lane-filter__count');
  return Number(await all.textContent());
}

/** A figure once two reads a second apart agree (charts are throttled, the timeline catches up). */
async function settled(read: () => Promise<number>): Promise<number> {
  let previous = Number.NaN;
  await expect
    .poll(
      async () => {
        const now = await read();
        const same = now === previous && now > 0;
        previous = now;
        return same;
      },
      { intervals: [1_000], timeout: 15_000 },
    )
    .toBe(true);
  return previous;
}

const settledKpi = (page: Page, label: string) => settled(() => kpi(page, label));

test('a log exported in one profile, imported into a fresh one, shows the same events, charts and sagas', async ({
  page,
  browser,
}) => {
  const events = await runAndPause(page, 1500);
  await page.getByRole('tab', { name: 'Charts' }).click();
  const orders = await settledKpi(page, 'Orders placed');
  await page.getByRole('tab', { name: 'Saga timeline' }).click();
  const sagas = await settled(() => sagaCount(page));
  const ndjson = await exportAs(page, 'NDJSON');

  const { page: fresh, problems } = await freshProfile(browser);
  await importText(fresh, ndjson.name, ndjson.text);
  const done = fresh.getByRole('dialog', { name: 'Event log imported' });
  await expect(done).toContainText(`${events.toLocaleString('en')} events from ${ndjson.name}`);
  await done.getByRole('button', { name: 'Close' }).click();
  await expect(statusOf(fresh)).toContainText(
    `Imported log: ${events.toLocaleString('en')} events shown`,
  );

  await fresh.getByRole('tab', { name: 'Event log' }).click();
  await expect(fresh.getByText(`of ${events.toLocaleString('en')}`).first()).toBeVisible();
  await fresh.getByRole('tab', { name: 'Charts' }).click();
  await expect.poll(() => kpi(fresh, 'Orders placed')).toBe(orders);
  await fresh.getByRole('tab', { name: 'Saga timeline' }).click();
  await expect.poll(() => sagaCount(fresh)).toBe(sagas);
  await fresh.screenshot({ path: 'test-results/import-fresh-profile.png' });

  // The same file again: every event is already there, skipped and counted; nothing doubles.
  await importText(fresh, ndjson.name, ndjson.text);
  const again = fresh.getByRole('dialog', { name: 'Event log imported' });
  await expect(again).toContainText(
    `${events.toLocaleString('en')} events were already there (same id) and were skipped`,
  );
  await again.getByRole('button', { name: 'Close' }).click();
  await expect(statusOf(fresh)).toContainText(
    `Imported log: ${events.toLocaleString('en')} events shown`,
  );

  // Run leaves the imported log: the panels follow the run's own log again.
  await fresh.getByRole('button', { name: 'Run' }).click();
  await expect(statusOf(fresh)).not.toContainText('Imported log');
  // The file was read and validated in the import worker, under the page's CSP.
  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
  await fresh.context().close();
});

test("an imported log is kept: a reload shows it again, and Run returns the panels to the run's own log for good", async ({
  page,
  browser,
}) => {
  const events = await runAndPause(page, 600);
  const ndjson = await exportAs(page, 'NDJSON');
  const count = events.toLocaleString('en');

  const { page: fresh, problems } = await freshProfile(browser);
  await importText(fresh, ndjson.name, ndjson.text);
  const done = fresh.getByRole('dialog', { name: 'Event log imported' });
  await expect(done).toContainText('It is kept in this browser');
  await done.getByRole('button', { name: 'Close' }).click();

  await fresh.reload();
  await expect(statusOf(fresh)).toContainText(`Imported log: ${count} events shown`);
  await expect(
    fresh.locator('.notice', { hasText: `The imported log ${ndjson.name} (${count} events)` }),
  ).toBeVisible();
  await fresh.getByRole('tab', { name: 'Event log' }).click();
  await expect(fresh.getByText(`of ${count}`).first()).toBeVisible();

  // Run leaves it: the Event log follows the run's own log, not the imported one.
  await fresh.getByRole('button', { name: 'Run' }).click();
  await expect(statusOf(fresh)).not.toContainText('Imported log');
  await expect.poll(() => statusNumber(fresh, 'events')).toBeGreaterThan(100);
  await fresh.getByRole('button', { name: 'Pause' }).click();
  await expect(statusOf(fresh)).toContainText('Paused');
  const own = Number(/(\d+) events/.exec((await statusOf(fresh).textContent()) ?? '')?.[1]);
  expect(own).toBeGreaterThan(0);
  expect(own).not.toBe(events);
  await expect(fresh.getByText(`of ${own.toLocaleString('en')}`).first()).toBeVisible();
  await expect(statusOf(fresh)).toContainText(`saved ${own}/${own}`);

  // And for good: the kept copy was dropped, so a reload shows the run.
  await fresh.reload();
  await expect(statusOf(fresh)).toContainText(`${own} events`);
  await expect(statusOf(fresh)).not.toContainText('Imported log');
  expect(problems.errors).toEqual([]);
  await fresh.context().close();
});

test('the chart data downloads as CSV with the order statistics the Charts tab shows', async ({
  page,
}) => {
  await runAndPause(page, 500);
  await page.getByRole('tab', { name: 'Charts' }).click();
  const orders = await settledKpi(page, 'Orders placed');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download chart data' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^order-saga.*\.charts\.csv$/);
  const rows = (await readFile((await file.path())!, 'utf8')).trim().split('\r\n');
  expect(rows[0]).toBe('chart,virtual_time_ms,component,metric,value');
  // Virtual time in ms, to the microsecond (the run pauses between two whole milliseconds).
  expect(rows[1]).toMatch(new RegExp(`^kpis,\\d+(\\.\\d+)?,,total orders,${orders}$`));
  const totals = rows.filter((row) => row.startsWith('orders,'));
  expect(totals.length).toBeGreaterThan(3);
  expect(Number(totals.at(-1)!.split(',').at(-1))).toBeLessThanOrEqual(orders);
  expect(rows.some((row) => /^throughput,\d+,[\w-]+,handled per s,/.test(row))).toBe(true);
});

test('a share link opens the same canvas in a fresh profile, and asks first where work is saved', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  // Make the canvas different from the example: remove Shipping, change the seed.
  await page.locator('.react-flow__node', { hasText: 'Shipping' }).click();
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(13);
  await page.getByLabel('Seed').fill('7');
  await page.getByLabel('Seed').press('Enter');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Copy share link' }).click();
  await expect(page.getByText('Share link copied to the clipboard')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#scenario=[\w-]+$/);
  const names = (await page.locator('.react-flow__node').allTextContents()).sort();

  const context = await browser.newContext();
  const fresh = await context.newPage();
  const questions: string[] = [];
  fresh.on('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.accept();
  });
  await fresh.goto(link);
  await expect(fresh.locator('.react-flow__node')).toHaveCount(13);
  expect((await fresh.locator('.react-flow__node').allTextContents()).sort()).toEqual(names);
  await expect(fresh.getByLabel('Seed')).toHaveValue('7');
  expect(questions).toEqual([]);
  expect(new URL(fresh.url()).hash).toBe('');

  // That profile now has saved work: the link asks before replacing it (Load example asked too).
  await fresh.getByRole('button', { name: 'Scenario' }).click();
  await fresh.getByRole('menuitem', { name: 'Load example' }).click();
  await expect(fresh.locator('.react-flow__node')).toHaveCount(14);
  expect(questions).toEqual([expect.stringContaining('13 components will be discarded')]);
  // Wait for the autosave itself rather than a fixed time, which a busy machine can outrun.
  await expect
    .poll(async () => (await readStoredState(fresh)).workspace?.components, { timeout: 10_000 })
    .toBe(14);
  await fresh.goto('about:blank');
  await fresh.goto(link);
  await expect(fresh.locator('.react-flow__node')).toHaveCount(13);
  expect(questions).toHaveLength(2);
  expect(questions[1]).toContain('Opening the shared scenario');
  expect(questions[1]).toContain('14 components will be discarded');
  await context.close();
});
