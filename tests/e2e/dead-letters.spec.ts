import { expect, test } from '@playwright/test';
import { openExample, statusBar, statusNumber, toolbarButton } from './run-support';
import { readStoredState } from './stored-state';

test('a failing consumer parks messages in the DLQ; the Inspector lists them, and after the fix Redrive all empties it, also after a reload', async ({
  page,
}) => {
  const problems = await openExample(page);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const node = (name: string) => page.locator('.react-flow__node', { hasText: name });
  const setFailureRate = async (component: string, percent: string) => {
    await node(component).click();
    await inspector.getByLabel('Failure rate').fill(percent);
    await inspector.getByLabel('Failure rate').press('Enter');
  };
  const count = inspector.locator('.dead-letters__count');
  const parkedCount = async () =>
    Number(/^(\d+) parked/.exec((await count.textContent()) ?? '')?.[1] ?? -1);

  await setFailureRate('Analytics Consumer', '100');
  await page.getByLabel('Speed').selectOption('10');
  await toolbarButton(page, 'Run').click();
  await node('Dead Letter Queue').click();
  // Deliveries fail every retry (with backoff) before they are parked.
  await expect.poll(parkedCount, { timeout: 30_000 }).toBeGreaterThan(3);
  await toolbarButton(page, 'Pause').click();
  await expect(statusBar(page)).toContainText('Paused');
  const list = inspector.getByRole('list', { name: 'Parked messages, oldest first' });
  await expect(list.getByRole('listitem').first()).toContainText('Failed inanalytics');
  await expect(list.getByRole('listitem').first()).toContainText('Analytics Consumer failed');

  // The fix first, then the way out.
  await setFailureRate('Analytics Consumer', '0');
  await node('Dead Letter Queue').click();
  await inspector.getByRole('button', { name: 'Redrive all' }).click();
  // The count is the engine's queue: empty at once, however far the page's log trails.
  await expect(count).toHaveText('0 parked');
  await expect(node('Dead Letter Queue')).toContainText('0 parked');
  await expect(list).toHaveCount(0);
  // Once the followed log reaches the redrives, the list folded from it agrees.
  await expect(inspector.getByText(/The log catches up/)).toHaveCount(0);

  // Run on: the redriven messages are handled, nothing comes back to the queue.
  const beforeRunOn = await statusNumber(page, 'events');
  await toolbarButton(page, 'Run').click();
  await expect.poll(() => statusNumber(page, 'events')).toBeGreaterThan(beforeRunOn + 2_000);
  await toolbarButton(page, 'Pause').click();
  // Read the count only once the engine has stopped: a click lands before the worker pauses.
  await expect(statusBar(page)).toContainText('Paused');
  await expect(count).toHaveText('0 parked');
  const events = await statusNumber(page, 'events');
  const steps = await statusNumber(page, 'steps');
  await expect(statusBar(page)).toContainText(`saved ${events}/${events}`);
  // And the workspace saved at the paused step: a reload before that would replay an older one.
  await expect.poll(async () => (await readStoredState(page)).workspace?.steps).toBe(steps);

  // The redrive is part of the run: a reload replays it and the queue is still empty.
  await page.reload();
  await expect(statusBar(page)).toContainText(`${events} events`);
  await node('Dead Letter Queue').click();
  await expect(count).toHaveText('0 parked');
  await expect(node('Dead Letter Queue')).toContainText('0 parked');
  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});
