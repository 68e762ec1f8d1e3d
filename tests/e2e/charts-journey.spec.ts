import { expect, type Page, test } from '@playwright/test';
import { openExample, statusBar, statusNumber, toolbarButton } from './run-support';

/** The value under a KPI card's label in the Charts tab, as a number. */
async function kpiNumber(page: Page, label: string): Promise<number> {
  const value = page.locator('.kpi-card', { has: page.locator('dt', { hasText: label }) });
  const text = (await value.locator('.kpi-card__value').textContent()) ?? '';
  return Number(text.replace(/[^\d.]/g, ''));
}

/** The KPI once two reads a second apart agree (the charts have caught up with a pause). */
async function settledKpi(page: Page, label: string): Promise<number> {
  let previous = Number.NaN;
  await expect
    .poll(
      async () => {
        const now = await kpiNumber(page, label);
        const settled = now === previous;
        previous = now;
        return settled;
      },
      { intervals: [1_000] },
    )
    .toBe(true);
  return previous;
}

test('Charts: the order KPIs and charts follow the running example', async ({ page }) => {
  const problems = await openExample(page);

  await page
    .getByRole('toolbar', { name: 'Simulation controls' })
    .getByLabel('Speed')
    .selectOption('10');
  await toolbarButton(page, 'Run').click();
  await expect(statusBar(page)).toContainText('Running');
  await page.getByRole('tab', { name: 'Charts' }).click();

  const orders = page.getByRole('region', { name: 'Order statistics' });
  await expect(orders.getByText('Orders placed', { exact: true })).toBeVisible();
  await expect.poll(() => kpiNumber(page, 'Orders placed')).toBeGreaterThan(0);
  const first = await kpiNumber(page, 'Orders placed');
  await expect
    .poll(() => kpiNumber(page, 'Orders placed'), { timeout: 15_000 })
    .toBeGreaterThan(first + 20);
  await expect(orders.locator('.kpi-card__value').nth(1)).toHaveText(/^\$[\d,]+\.\d\d$/);

  // Eight charts drawn by recharts, with data; the operations charts name components.
  await expect(page.locator('.recharts-wrapper')).toHaveCount(8);
  await expect(page.locator('.recharts-area-area').first()).toHaveAttribute('d', /^M.+L/);
  const operations = page.getByRole('region', { name: 'Operations' });
  await expect(operations.getByText('Event Bus', { exact: true }).first()).toBeVisible();

  // Switching tabs keeps the history: coming back shows at least as many orders.
  await toolbarButton(page, 'Pause').click();
  await expect(statusBar(page)).toContainText('Paused');
  // The charts are throttled to a few updates a second, so the last snapshot before the pause
  // may land a moment after the status bar says Paused: wait until the KPI stops moving.
  const paused = await settledKpi(page, 'Orders placed');
  await page.getByRole('tab', { name: 'Event log' }).click();
  await page.getByRole('tab', { name: 'Charts' }).click();
  await expect.poll(() => kpiNumber(page, 'Orders placed')).toBe(paused);
  expect(await statusNumber(page, 'events')).toBeGreaterThan(0);

  await page.screenshot({ path: 'test-results/charts-journey.png' });
  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});
