import { expect, test } from '@playwright/test';
import { openMenu } from './menus-support';
import { openExample, statusNumber, toolbarButton } from './run-support';

/**
 * Each Chaos item, the component it names in its confirmation, and what that node then shows.
 * A bus fault (the duplicate storm) has no sign on the node yet: node-health.ts reads only the
 * component faults, so that item is checked by its confirmation alone.
 */
const faults = [
  { item: 'Payment outage 30 s', target: 'Payment', shows: /down/i },
  { item: 'Slow inventory', target: 'Inventory', shows: /slow|fault active/i },
  { item: 'Duplicate storm', target: 'Event Bus', shows: null },
  { item: 'Consumer crash', target: 'Analytics Consumer', shows: /down/i },
];

// Every Chaos item against the running example, on one page: each says what it did, and the
// component it names shows the fault on the canvas.
test('every Chaos item puts its fault on the component it names, while the run goes on', async ({
  page,
}) => {
  const problems = await openExample(page);
  await toolbarButton(page, 'Run').click();
  await expect.poll(() => statusNumber(page, 'events')).toBeGreaterThan(10);
  for (const { item, target, shows } of faults) {
    const menu = await openMenu(page, 'Chaos');
    await menu.getByRole('menuitem', { name: new RegExp(`^${item}`) }).click();
    await expect(page.getByText(`${item} on ${target}`)).toBeVisible();
    if (shows === null) continue;
    const node = page.locator('.react-flow__node', {
      has: page.locator('.component-node__name', { hasText: new RegExp(`^${target}$`) }),
    });
    await expect(node.locator('.component-node__fault')).toContainText(shows, { timeout: 10_000 });
  }
  const before = await statusNumber(page, 'events');
  await expect.poll(() => statusNumber(page, 'events')).toBeGreaterThan(before);
  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});
