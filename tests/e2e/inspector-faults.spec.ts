import { expect, type Locator, type Page, test } from '@playwright/test';
import { statusBar, toolbarButton, watchForProblems } from './run-support';

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

/** Waits until the canvas stops moving (the example fits the view after it loads). */
async function layoutSettled(node: Locator) {
  let previous = '';
  await expect(async () => {
    const box = JSON.stringify(await node.boundingBox());
    const same = box === previous;
    previous = box;
    expect(same).toBe(true);
  }).toPass({ timeout: 10_000, intervals: [250] });
}

/** Drags a new connection from `from`'s source handle to `to`'s target handle. */
async function dragConnection(page: Page, from: Locator, to: Locator) {
  await layoutSettled(to);
  const start = await from.locator('.react-flow__handle.source').boundingBox();
  const end = await to.locator('.react-flow__handle.target').boundingBox();
  if (!start || !end) throw new Error('connection handles are not on screen');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('Payment failing every charge: sagas compensate on the saga node', async ({ page }) => {
  const problems = await watchForProblems(page);
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(14);

  await node(page, 'payment').click();
  await expect(inspector(page).getByLabel('Name')).toHaveValue('Payment');
  await inspector(page).getByLabel('Failure rate').fill('100');
  await expect(node(page, 'payment')).toContainText(/fail/i);

  await page
    .getByRole('toolbar', { name: 'Simulation controls' })
    .getByLabel('Speed')
    .selectOption('5x');
  await toolbarButton(page, 'Run').click();
  await expect(statusBar(page)).toContainText('Running');
  await expect(node(page, 'saga')).toContainText(/[1-9]\d* sagas compensated/, { timeout: 20_000 });
  await page.screenshot({ path: 'test-results/inspector-faults-run.png' });

  expect(problems.errors).toEqual([]);
});

test('a connection the rules refuse shows why; a valid one is added and undone', async ({
  page,
}) => {
  const problems = await watchForProblems(page);
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  const edges = page.locator('.react-flow__edge');
  const edgeCount = await edges.count();

  await dragConnection(page, node(page, 'api'), node(page, 'order-list'));
  const alert = page.getByRole('alert').filter({ hasText: 'Connection refused' });
  await expect(alert).toContainText('Producer -> Projection is not allowed');
  await page.screenshot({ path: 'test-results/inspector-connection-refused.png' });
  await expect(edges).toHaveCount(edgeCount);

  await dragConnection(page, node(page, 'api'), node(page, 'bus'));
  await expect(edges).toHaveCount(edgeCount + 1);
  await expect(alert).toHaveCount(0);

  // Focus stays on the canvas (the dragged-from node): the graph's undo keys apply there.
  await page.keyboard.press('Control+z');
  await expect(edges).toHaveCount(edgeCount);
  await page.keyboard.press('Control+Shift+z');
  await expect(edges).toHaveCount(edgeCount + 1);

  expect(problems.errors).toEqual([]);
});

test('the Chaos menu takes Payment down for 30 s and says so', async ({ page }) => {
  const problems = await watchForProblems(page);
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(14);

  await toolbarButton(page, 'Run').click();
  await page.getByRole('button', { name: 'Chaos' }).click();
  const menu = page.getByRole('menu', { name: 'Chaos' });
  await expect(menu.getByRole('menuitem')).toHaveCount(4);
  await page.screenshot({ path: 'test-results/inspector-chaos-menu.png' });
  await menu.getByRole('menuitem', { name: /^Payment outage 30 s/ }).click();

  await expect(page.getByText('Payment outage 30 s on Payment')).toBeVisible();
  await expect(node(page, 'payment')).toContainText(/down/i, { timeout: 10_000 });
  expect(problems.errors).toEqual([]);
});
