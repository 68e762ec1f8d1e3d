import { expect, type Page, test } from '@playwright/test';
import { openExample, runAtSpeed, statusBar, toolbarButton, virtualSeconds } from './run-support';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

// Issue #22: the untouched example's bus lag grew without limit and nothing said which
// subscriber was behind. Here: each subscriber has its row, and every lag stays bounded.
test('the example at 10x: the Event Bus shows a row per subscriber, each lag bounded', async ({
  page,
}) => {
  const problems = await openExample(page);
  await runAtSpeed(page, '10');

  await page.locator('.react-flow__node[data-id="bus"]').click();
  const table = inspector(page).getByRole('table', { name: 'Subscribers' });
  await expect(table).toBeVisible();
  // Wait on virtual time, not the wall clock: 20 simulated seconds of the example.
  await expect.poll(() => virtualSeconds(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(20);

  const rows = table.locator('tbody tr');
  await expect(rows.locator('th')).toHaveText(['Order Saga', 'Shipping', 'Analytics Consumer']);
  const lags = (await rows.locator('td:nth-child(3)').allTextContents()).map((text) =>
    Number(text.replaceAll(',', '')),
  );
  expect(lags).toHaveLength(3);
  for (const lag of lags) expect(lag).toBeLessThan(1_000);
  await expect(inspector(page).getByText(/is falling behind/)).toHaveCount(0);
  await inspector(page).screenshot({ path: 'test-results/bus-lag-inspector.png' });
  await toolbarButton(page, 'Pause').click();
  await expect(statusBar(page)).toContainText('Paused');

  // The Lag chart draws each subscriber beside the bus total.
  await page.getByRole('tab', { name: 'Charts' }).click();
  const operations = page.getByRole('region', { name: 'Operations' });
  // The Charts tab is a lazily loaded chunk: give it time to arrive on a busy machine.
  await expect(operations).toBeVisible({ timeout: 15_000 });
  const lagChart = operations.getByRole('figure', { name: 'Consumer lag' });
  await expect(lagChart.getByText('Shipping (messages)', { exact: true })).toBeVisible();
  await expect(lagChart.getByText('Analytics Consumer (messages)', { exact: true })).toBeVisible();
  await lagChart.scrollIntoViewIfNeeded();
  await lagChart.screenshot({ path: 'test-results/bus-lag-chart.png' });

  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});
