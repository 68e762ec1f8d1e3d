import { expect, type Locator, test } from '@playwright/test';
import { openExample, statusBar, statusNumber, toolbarButton } from './run-support';

/**
 * Whether the scroller `grid` is at rest (the same scroll offset two frames apart: a wheel
 * scroll may animate) at least `pixels` above its bottom.
 */
function restingAbove(grid: Locator, pixels: number): Promise<boolean> {
  return grid.evaluate(
    (element, distance) =>
      new Promise<boolean>((resolve) => {
        const top = element.scrollTop;
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const fromBottom = element.scrollHeight - element.scrollTop - element.clientHeight;
            resolve(element.scrollTop === top && fromBottom >= distance);
          }),
        );
      }),
    pixels,
  );
}

test('Event log: stored rows after a run, a correlation filter narrows to one flow, an event shows its causation tree', async ({
  page,
}) => {
  const problems = await openExample(page);

  await page.getByLabel('Speed').selectOption('10');
  await toolbarButton(page, 'Run').click();
  await expect.poll(() => statusNumber(page, 'events'), { timeout: 20_000 }).toBeGreaterThan(400);
  await toolbarButton(page, 'Pause').click();
  await expect(statusBar(page)).toContainText('Paused');
  const total = await statusNumber(page, 'events');

  await page.getByRole('tab', { name: 'Event log' }).click();
  // Everything the engine produced is stored and counted once the write-behind catches up.
  await expect(page.getByText(`${total.toLocaleString('en-US')} events saved`)).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Stored events' });
  const rows = grid.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  // The log opens at its newest rows.
  await page.screenshot({ path: 'test-results/log-journey-open.png' });
  await expect(rows.last().locator('td').first()).toHaveText(String(total));
  await expect(rows.last()).toBeInViewport();

  // A saga event belongs to an order's flow: filter by its correlation id.
  const sagaRow = rows.filter({ hasText: 'saga.step' }).first();
  const correlation = ((await sagaRow.locator('td').nth(5).textContent()) ?? '').trim();
  expect(correlation).not.toBe('');
  await page.getByRole('searchbox', { name: 'Correlation id' }).fill(correlation);
  await expect(page.getByText(/^\d+ matches in /)).toBeVisible();
  const correlationCells = rows.locator('td:nth-child(6)');
  await expect
    .poll(async () => {
      const cells = await correlationCells.allTextContents();
      return cells.length > 1 && cells.every((cell) => cell === correlation);
    })
    .toBe(true);
  const matches = Number(
    /^(\d+) matches/.exec((await page.getByText(/ matches in /).textContent()) ?? '')?.[1],
  );
  expect(matches).toBeGreaterThan(1);
  // Only the rows in view are in the DOM; the grid counts them all (plus its header row).
  await expect(grid).toHaveAttribute('aria-rowcount', String(matches + 1));

  // The flow's last event was caused by earlier ones: its tree shows them.
  await rows.last().click();
  const details = page.getByRole('complementary', { name: 'Event details' });
  const causation = details.getByRole('region', { name: 'Causation' });
  await expect(causation).toBeVisible();
  const causes = causation.getByRole('list', { name: 'Causes' });
  await expect(causes.getByRole('button').first()).toBeVisible();
  await expect(details.getByRole('region', { name: 'Payload' }).locator('pre')).toContainText('{');

  await details.getByRole('button', { name: 'Show whole flow' }).click();
  await expect(causation.getByRole('list', { name: 'Whole flow' })).toBeVisible();
  await details.getByRole('button', { name: 'Show on canvas' }).click();
  await expect(page.locator('.component-node--highlighted').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/log-journey.png' });

  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});

test('Event log while running: it follows the newest events at the bottom, and stays put once scrolled up', async ({
  page,
}) => {
  const problems = await openExample(page);
  await page.getByLabel('Speed').selectOption('5');
  await toolbarButton(page, 'Run').click();

  const grid = page.getByRole('grid', { name: 'Stored events' });
  const lastShown = async () =>
    Number(await grid.locator('tbody tr').last().locator('td').first().textContent());
  await expect.poll(lastShown, { timeout: 20_000 }).toBeGreaterThan(300);
  const following = await lastShown();
  await expect.poll(lastShown).toBeGreaterThan(following + 100);

  // Scroll up: the rows in view stay the rows in view while the log grows.
  await grid.hover();
  await page.mouse.wheel(0, -2_000);
  await expect(page.getByRole('button', { name: 'Jump to newest' })).toBeVisible();
  await expect.poll(() => restingAbove(grid, 1_000)).toBe(true);
  const firstShown = () => grid.locator('tbody tr').first().locator('td').first().textContent();
  const held = await firstShown();
  const storedBefore = await statusNumber(page, 'events');
  await expect.poll(() => statusNumber(page, 'events')).toBeGreaterThan(storedBefore + 200);
  expect(await firstShown()).toBe(held);

  // Back at the bottom, it follows again.
  await page.getByRole('button', { name: 'Jump to newest' }).click();
  await expect(page.getByRole('button', { name: 'Jump to newest' })).toHaveCount(0);
  const resumed = await lastShown();
  await expect.poll(lastShown).toBeGreaterThan(resumed + 100);
  await toolbarButton(page, 'Pause').click();

  expect(problems.errors).toEqual([]);
});
