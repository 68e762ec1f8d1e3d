import { expect, type Locator, type Page, test } from '@playwright/test';
import { componentKindInfo } from '../../src/sim/scenario/component-kinds';
import { openExample, statusNumber, toolbarButton } from './run-support';

/** A laid-out box (Playwright's boundingBox), or a failure naming what is not laid out. */
async function box(locator: Locator, what: string) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${what} is not laid out`);
  return found;
}

type Box = Awaited<ReturnType<typeof box>>;

/** True when the two boxes share some area (touching edges do not count). */
const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const shot = (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`) });

const eventLog = (page: Page) => page.getByRole('grid', { name: 'Stored events' });

/** Runs the example until the log holds at least `events`, then pauses. */
async function runUntil(page: Page, events: number) {
  await page.getByLabel('Speed').selectOption('5');
  await toolbarButton(page, 'Run').click();
  await expect
    .poll(() => statusNumber(page, 'events'), { timeout: 15_000 })
    .toBeGreaterThan(events);
  await toolbarButton(page, 'Pause').click();
}

/** The data rows of the Event log drawn wholly inside its scroller, under the header row. */
async function rowsInView(page: Page): Promise<Box[]> {
  const grid = await box(eventLog(page), 'the Event log');
  const header = await box(eventLog(page).locator('thead tr'), 'the header row');
  const rows: Box[] = [];
  for (const row of await eventLog(page).locator('tbody tr').all()) {
    const found = await row.boundingBox();
    if (
      found &&
      found.y >= header.y + header.height - 1 &&
      found.y + found.height <= grid.y + grid.height + 1
    )
      rows.push(found);
  }
  return rows;
}

test('with Run details dragged to its tallest, the minimap leaves the zoom, fit and lock buttons clear', async ({
  page,
}) => {
  await openExample(page);
  await page.getByRole('separator', { name: 'Resize run details' }).focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('separator', { name: 'Resize run details' })).toHaveAttribute(
    'aria-valuenow',
    '75',
  );
  const canvas = await box(page.getByRole('main', { name: 'Canvas' }), 'the canvas');
  const minimap = await box(page.locator('.react-flow__minimap'), 'the minimap');
  const controls = await box(page.locator('.react-flow__controls'), 'the controls');
  await shot(page, 'minimap-tall-panel');
  expect(intersects(minimap, controls)).toBe(false);
  // Both stay inside the (now short) canvas.
  for (const part of [minimap, controls]) {
    expect(part.y).toBeGreaterThanOrEqual(canvas.y);
    expect(part.y + part.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  }
});

test('a component added with Enter from the palette lands in free space, in view', async ({
  page,
}) => {
  await openExample(page);
  const canvas = await box(page.getByRole('main', { name: 'Canvas' }), 'the canvas');
  const consumer = page.getByRole('button', {
    name: componentKindInfo.consumer.label,
    exact: true,
  });
  // Twice: the second must not land on the first either.
  for (const count of [15, 16]) {
    await consumer.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.react-flow__node')).toHaveCount(count);
    const added = await box(page.locator('.react-flow__node.selected'), 'the added node');
    const others = page.locator('.react-flow__node:not(.selected)');
    for (const other of await others.all()) {
      expect(intersects(added, await box(other, 'a node'))).toBe(false);
    }
    expect(added.x).toBeGreaterThanOrEqual(canvas.x);
    expect(added.y).toBeGreaterThanOrEqual(canvas.y);
    expect(added.x + added.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(added.y + added.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  }
  await shot(page, 'enter-added-nodes');
});

test('at the default height the Event log shows at least 10 rows and the canvas keeps room', async ({
  page,
}) => {
  await openExample(page);
  await runUntil(page, 60);
  await expect.poll(async () => (await rowsInView(page)).length).toBeGreaterThanOrEqual(10);
  const canvas = await box(page.getByRole('main', { name: 'Canvas' }), 'the canvas');
  expect(canvas.height).toBeGreaterThanOrEqual(380);
  await shot(page, 'log-default-height');
});

test('"Jump to newest" sits beside the Event log rows, covering none', async ({ page }) => {
  await openExample(page);
  await runUntil(page, 60);
  // Scrolled up, the log stops following and offers the way back.
  await eventLog(page).hover();
  await page.mouse.wheel(0, -400);
  const jump = page.getByRole('button', { name: 'Jump to newest' });
  await expect(jump).toBeVisible();
  const button = await box(jump, 'Jump to newest');
  await shot(page, 'log-jump-to-newest');
  const rows = await rowsInView(page);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.filter((row) => intersects(row, button))).toEqual([]);
});

test('a Chaos confirmation does not cover the Inspector header', async ({ page }) => {
  await openExample(page);
  await toolbarButton(page, 'Chaos').click();
  await page.getByRole('menuitem', { name: /^Payment outage 30 s/ }).click();
  const toast = page.getByText('Payment outage 30 s on Payment');
  await expect(toast).toBeVisible();
  const header = await box(
    page.getByRole('complementary', { name: 'Inspector' }).locator('header').first(),
    'the Inspector header',
  );
  await shot(page, 'chaos-toast');
  expect(intersects(await box(toast, 'the confirmation'), header)).toBe(false);
});

test('Tab from the palette walks the canvas nodes in reading order before any connection', async ({
  page,
}) => {
  await openExample(page);
  const lastPaletteItem = page.locator('.palette-item').last();
  await lastPaletteItem.focus();
  const reached: string[] = [];
  for (let press = 0; press < 15; press += 1) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const focused = document.activeElement;
        if (focused?.classList.contains('react-flow__node'))
          return `node ${focused.getAttribute('data-id')}`;
        if (focused?.classList.contains('react-flow__edge')) return 'edge';
        return `other ${focused?.tagName}`;
      }),
    );
  }
  // Columns left to right, each top to bottom: the order the example's events flow.
  expect(reached).toEqual([
    'node api',
    'node orders',
    'node store',
    'node bus',
    'node order-list',
    'node order-stats',
    'node saga',
    'node shipping',
    'node analytics',
    'node query-api',
    'node inventory',
    'node payment',
    'node notification',
    'node dlq',
    'edge',
  ]);
  // Shift+Tab goes back the same way, and out of the canvas to the palette.
  await page.locator('.react-flow__node[data-id="orders"]').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('.react-flow__node[data-id="api"]')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(lastPaletteItem).toBeFocused();
});

test('"?" and the toolbar Help button open a dialog listing the shortcuts; Escape closes it', async ({
  page,
}) => {
  await openExample(page);
  await page.locator('.react-flow__pane').click();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Help' });
  await expect(help).toBeVisible();
  await shot(page, 'help-dialog');
  const shortcuts = help.getByRole('table', { name: 'Keyboard shortcuts' });
  const expected: [string, string][] = [
    ['Run', 'Space'],
    ['Pause', 'Space'],
    ['Undo', 'Ctrl+Z'],
    ['Redo', 'Ctrl+Shift+Z'],
    ['Redo', 'Ctrl+Y'],
    ['Help', '?'],
  ];
  for (const [action, keys] of expected) {
    await expect(
      shortcuts.getByRole('row', { name: new RegExp(`^${action}`) }).first(),
    ).toContainText(keys);
  }
  // Focus stays inside while it is open.
  for (let press = 0; press < 8; press += 1) {
    await page.keyboard.press('Tab');
    expect(await help.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  const helpButton = toolbarButton(page, 'Help');
  await helpButton.click();
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(helpButton).toBeFocused();
});

test('the tour points at each panel in turn and can be dismissed', async ({ page }) => {
  await openExample(page);
  await toolbarButton(page, 'Help').click();
  await page.getByRole('button', { name: 'Take the tour' }).click();
  const tour = page.getByRole('dialog', { name: /^Tour/ });
  const panels: [string, Locator][] = [
    ['Canvas', page.getByRole('main', { name: 'Canvas' })],
    ['Palette', page.getByRole('complementary', { name: 'Palette' })],
    ['Inspector', page.getByRole('complementary', { name: 'Inspector' })],
    ['Run details', page.getByRole('region', { name: 'Run details' })],
    ['Status bar', page.getByRole('status', { name: 'Simulation status' })],
  ];
  for (const [index, [title, panel]] of panels.entries()) {
    await expect(tour.getByRole('heading', { name: title })).toBeVisible();
    const ring = await box(page.locator('.tour__ring'), 'the tour ring');
    const target = await box(panel, title);
    expect(Math.abs(ring.x - target.x)).toBeLessThan(8);
    expect(Math.abs(ring.y - target.y)).toBeLessThan(8);
    expect(Math.abs(ring.width - target.width)).toBeLessThan(16);
    // The step's card sits beside its panel, on screen.
    const card = await box(tour, 'the tour card');
    expect(card.y).toBeGreaterThanOrEqual(0);
    expect(card.y + card.height).toBeLessThanOrEqual(900);
    if (index === 0) await shot(page, 'tour-canvas');
    if (index < panels.length - 1) await tour.getByRole('button', { name: 'Next' }).click();
  }
  await shot(page, 'tour-status-bar');
  await page.keyboard.press('Escape');
  await expect(tour).toBeHidden();
  await expect(page.locator('.tour__ring')).toHaveCount(0);
});
