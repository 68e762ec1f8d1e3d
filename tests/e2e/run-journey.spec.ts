import { expect, test } from '@playwright/test';
import {
  newScenarioOverExample,
  openExample,
  statusBar,
  statusNumber,
  toolbarButton,
  virtualSeconds,
  watchForProblems,
} from './run-support';

test('first open shows the example; Run, Pause, Step and Reset drive the worker engine under the CSP', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const problems = await watchForProblems(page);
  await page.goto('/');

  const nodes = page.locator('.react-flow__node');
  await expect(nodes).toHaveCount(14);
  for (const name of ['Order Saga', 'Payment', 'Order API', 'Event Bus', 'Dead Letter Queue']) {
    await expect(nodes.filter({ has: page.getByText(name, { exact: true }) })).toHaveCount(1);
  }
  await expect(page.getByText('Press Run, then give Payment a 100% failure rate')).toBeVisible();
  await expect(statusBar(page)).toContainText('0 events');
  await expect(toolbarButton(page, 'Run')).toBeEnabled();

  await toolbarButton(page, 'Run').click();
  await expect(statusBar(page)).toContainText('Running');
  await expect.poll(() => statusNumber(page, 'events')).toBeGreaterThan(100);
  // Traffic shows on the edges: one dashed stroke per busy edge, its dashes marching.
  await expect(page.locator('.react-flow__edge [data-flow-level="0"]')).not.toHaveCount(19);
  const pulse = page.locator('.react-flow__edge .flow-edge__pulse').first();
  await expect(pulse).toBeAttached();
  const dashOffset = () => pulse.evaluate((path) => getComputedStyle(path).strokeDashoffset);
  const firstOffset = await dashOffset();
  await expect.poll(dashOffset).not.toBe(firstOffset);
  await expect(page.locator('.flow-edge__label').first()).toHaveText(/^\d+(\.\d)?k?\/s$/);

  await toolbarButton(page, 'Pause').click();
  await expect(statusBar(page)).toContainText('Paused');
  const pausedAt = await statusNumber(page, 'events');
  const pausedTime = await virtualSeconds(page);
  // The sleep is the point: a window in which a running engine would add events (over 100 a second).
  await page.waitForTimeout(600);
  expect(await statusNumber(page, 'events')).toBe(pausedAt);
  expect(await virtualSeconds(page)).toBe(pausedTime);
  await expect(page.locator('.react-flow__edge .flow-edge__pulse')).toHaveCount(0);

  const steps = await statusNumber(page, 'steps');
  await toolbarButton(page, 'Step').click();
  await expect.poll(() => statusNumber(page, 'steps')).toBe(steps + 1);
  await expect(statusBar(page)).toContainText('Paused');

  await toolbarButton(page, 'Reset').click();
  await expect(statusBar(page)).toContainText('0 events');
  await expect(statusBar(page)).toContainText('t = 0.000 s');
  await expect(statusBar(page)).toContainText('Ready');

  // Space runs and pauses from anywhere outside a field.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Space');
  await expect(statusBar(page)).toContainText('Running');
  await page.keyboard.press('Space');
  await expect(statusBar(page)).toContainText('Paused');

  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});

test('Scenario > New empties the canvas and disables Run; Load example brings the example back', async ({
  page,
}) => {
  const problems = await openExample(page);

  await newScenarioOverExample(page);
  await expect(toolbarButton(page, 'Run')).toBeDisabled();

  await toolbarButton(page, 'Scenario').click();
  await page.getByRole('menuitem', { name: 'Load example', exact: true }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  await expect(toolbarButton(page, 'Run')).toBeEnabled();

  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});
