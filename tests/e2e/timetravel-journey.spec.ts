import { expect, type Locator, type Page, test } from '@playwright/test';
import { foldStatistics, readStoredLog } from './recovery-support';
import { openExample, statusBar, statusNumber, toolbarButton, virtualSeconds } from './run-support';

async function kpiNumber(page: Page, label: string): Promise<number> {
  const card = page.locator('.kpi-card', { has: page.locator('dt', { hasText: label }) });
  const text = (await card.locator('.kpi-card__value').textContent()) ?? '';
  return Number(text.replace(/[^\d.]/g, ''));
}

/** "position P of H" -> [P, H]. */
async function readout(bar: Locator): Promise<[number, number]> {
  const text = (await bar.locator('.time-travel__readout').textContent()) ?? '';
  const match = /position ([\d,]+) of ([\d,]+)/.exec(text);
  if (!match) throw new Error(`No position readout in "${text}"`);
  return [Number(match[1]?.replace(/,/g, '')), Number(match[2]?.replace(/,/g, ''))];
}

test('Time travel: scrub back to an earlier position, see fewer orders, then Live restores the head', async ({
  page,
}) => {
  const problems = await openExample(page);

  await page
    .getByRole('toolbar', { name: 'Simulation controls' })
    .getByLabel('Speed')
    .selectOption('10');
  await toolbarButton(page, 'Run').click();
  await page.getByRole('tab', { name: 'Charts' }).click();
  await expect
    .poll(() => kpiNumber(page, 'Orders placed'), { timeout: 15_000 })
    .toBeGreaterThan(60);
  await toolbarButton(page, 'Pause').click();
  await expect(statusBar(page)).toContainText('Paused');

  const bar = page.getByRole('group', { name: 'Time travel' });
  const slider = bar.getByRole('slider', { name: 'Time travel position' });
  // The stored log catches up with the paused run (write-behind), and the bar's head with it.
  const head = await statusNumber(page, 'events');
  expect(head).toBeGreaterThan(500);
  await expect(statusBar(page)).toContainText(`saved ${head}/${head}`, { timeout: 30_000 });
  await expect.poll(async () => (await readout(bar))[1]).toBe(head);
  // The Charts follow the stored log too: their orders are a fold of it, through its head.
  const atHead = foldStatistics(await readStoredLog(page), head).totalOrders;
  await expect.poll(() => kpiNumber(page, 'Orders placed')).toBe(atHead);

  const earlier = Math.floor(head / 3);
  await slider.fill(String(earlier));
  await expect(bar.locator('.time-travel__readout')).toHaveText(
    `position ${earlier.toLocaleString('en-US')} of ${head.toLocaleString('en-US')} saved`,
  );
  await expect(page.getByText(`At position ${earlier.toLocaleString('en-US')} (t =`)).toBeVisible();
  const past = await kpiNumber(page, 'Orders placed');
  expect(past).toBeGreaterThan(0);
  expect(past).toBeLessThan(atHead);
  await expect(bar.locator('.time-travel__summary')).toContainText(`${past} orders`);
  await expect(statusBar(page)).toContainText('Paused');
  const jumpMs = Number(
    /Computed in (\d+) ms/.exec(
      (await bar.locator('.time-travel__summary').getAttribute('title')) ?? '',
    )?.[1],
  );
  expect(jumpMs).toBeLessThan(1000);
  await page.screenshot({ path: 'test-results/timetravel-journey.png' });

  await bar.getByRole('button', { name: 'Live' }).click();
  await expect(page.getByText(/At position/)).toHaveCount(0);
  await expect.poll(() => kpiNumber(page, 'Orders placed')).toBe(atHead);
  expect((await readout(bar))[0]).toBe(head);

  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
  console.log(`time travel: head ${head}, jump to ${earlier} took ${jumpMs} ms`);
});

test('Queries and time travel: GetOrder answers from the worker engine, and the bar follows that order through time', async ({
  page,
}) => {
  const problems = await openExample(page);
  await page
    .getByRole('toolbar', { name: 'Simulation controls' })
    .getByLabel('Speed')
    .selectOption('10');
  await toolbarButton(page, 'Run').click();
  // The seeded run has placed o-5 (20 orders a second) long before 20 s of virtual time.
  await expect.poll(() => virtualSeconds(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(20);
  await toolbarButton(page, 'Pause').click();
  await expect(statusBar(page)).toContainText('Paused');

  await page.getByRole('tab', { name: 'Queries' }).click();
  await page.getByLabel('Order id').fill('o-5');
  await page.getByRole('button', { name: 'Get order' }).click();
  const answer = page.getByRole('region', { name: 'Query answer' });
  await expect(answer).toContainText('GetOrder(o-5)');
  await expect(answer).toContainText(/Order List at position \d+ of \d+/);
  await expect(answer.getByRole('cell', { name: 'o-5', exact: true })).toBeVisible();
  const status = (await answer.locator('tbody td').nth(2).textContent()) ?? '';
  expect(['pending', 'confirmed', 'shipped', 'delivered', 'cancelled']).toContain(status);

  const bar = page.getByRole('group', { name: 'Time travel' });
  await expect(bar.getByLabel('Order to follow')).toHaveValue('o-5');
  const slider = bar.getByRole('slider', { name: 'Time travel position' });
  await slider.fill('1');
  await expect(bar).toContainText('o-5: not placed yet');
  const max = Number(await slider.getAttribute('max'));
  await slider.fill(String(max));
  await expect(bar).toContainText(`o-5: ${status}`);
  await bar.getByRole('button', { name: 'Live' }).click();
  await expect(bar.locator('.time-travel__summary')).toHaveCount(0);

  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});
