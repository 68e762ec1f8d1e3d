import { expect, type Locator, type Page, test } from '@playwright/test';
import { openExample, statusBar, statusNumber, toolbarButton } from './run-support';

/** Whether every highlighted node lies wholly inside the canvas's visible box. */
async function highlightInView(page: Page, canvas: Locator): Promise<boolean> {
  const box = await canvas.boundingBox();
  const nodes = page.locator('.react-flow__node:has(.component-node--highlighted)');
  const count = await nodes.count();
  if (!box || count === 0) return false;
  for (let index = 0; index < count; index += 1) {
    const node = await nodes.nth(index).boundingBox();
    if (!node) return false;
    const inside =
      node.x >= box.x &&
      node.y >= box.y &&
      node.x + node.width <= box.x + box.width &&
      node.y + node.height <= box.y + box.height;
    if (!inside) return false;
  }
  return true;
}

test('Show on canvas pans to the flow; while time travelling, the Event log and Queries say they are live', async ({
  page,
}) => {
  const problems = await openExample(page);
  await page
    .getByRole('toolbar', { name: 'Simulation controls' })
    .getByLabel('Speed')
    .selectOption('10');
  await toolbarButton(page, 'Run').click();
  await expect.poll(() => statusNumber(page, 'events'), { timeout: 20_000 }).toBeGreaterThan(300);
  await toolbarButton(page, 'Pause').click();
  await expect(statusBar(page)).toContainText('Paused');
  const head = await statusNumber(page, 'events');
  await expect(statusBar(page)).toContainText(`saved ${head}/${head}`, { timeout: 30_000 });

  await page.getByRole('tab', { name: 'Event log' }).click();
  const grid = page.getByRole('grid', { name: 'Stored events' });
  await grid.locator('tbody tr').last().click();
  const details = page.getByRole('complementary', { name: 'Event details' });
  const showOnCanvas = details.getByRole('button', { name: 'Show on canvas' });
  await showOnCanvas.click();
  await expect(page.locator('.component-node--highlighted').first()).toBeAttached();

  // Zoom far into an empty spot left of the nodes (the zoom buttons sit in the top-left corner):
  // the highlighted flow leaves the view.
  const canvas = page.locator('.react-flow');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.move(box.x + 150, box.y + 150);
  await page.mouse.wheel(0, -3_000);
  await expect.poll(() => highlightInView(page, canvas)).toBe(false);
  await page.screenshot({ path: 'test-results/show-on-canvas-zoomed-away.png' });

  // Asked again, the view pans and zooms (animated) until every highlighted node is on screen.
  await showOnCanvas.click();
  await expect.poll(() => highlightInView(page, canvas)).toBe(true);
  await page.screenshot({ path: 'test-results/show-on-canvas.png' });

  const bar = page.getByRole('group', { name: 'Time travel' });
  const earlier = Math.floor(head / 3);
  const at = earlier.toLocaleString('en-US');
  await bar.getByRole('slider', { name: 'Time travel position' }).fill(String(earlier));
  const logNote = page.getByRole('note').filter({ hasText: 'Live log, not at t = ' });
  await expect(logNote).toContainText(`time travel is at position ${at}`);
  await logNote.getByRole('button', { name: `Select position ${at}` }).click();
  const row = grid.locator('tbody tr', {
    has: page.locator('td:first-child', { hasText: new RegExp(`^${earlier}$`) }),
  });
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(row).toBeInViewport();
  await page.screenshot({ path: 'test-results/timetravel-log-notice.png' });

  await page.getByRole('tab', { name: 'Queries' }).click();
  await expect(
    page.getByRole('note').filter({ hasText: 'Live answers, not at t = ' }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/timetravel-queries-notice.png' });

  await bar.getByRole('button', { name: 'Live' }).click();
  await expect(page.getByRole('note').filter({ hasText: 'Live answers' })).toHaveCount(0);

  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});
