import { expect, type Page, test } from '@playwright/test';
import { statusBar, toolbarButton, virtualSeconds, watchForProblems } from './run-support';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
});

test('Payment failing every charge: the saga timeline shows compensations linked to their forward steps', async ({
  page,
}) => {
  const problems = await watchForProblems(page);
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(14);

  await page.locator('.react-flow__node[data-id="payment"]').click();
  await inspector(page).getByLabel('Failure rate').fill('100');
  await page
    .getByRole('toolbar', { name: 'Simulation controls' })
    .getByLabel('Speed')
    .selectOption('10');
  await toolbarButton(page, 'Run').click();
  await expect(statusBar(page)).toContainText('Running');
  // A long run (30 s of virtual time): many compensated sagas to pack at "fit all" (below).
  await expect.poll(() => virtualSeconds(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(30);

  await page.getByRole('tab', { name: 'Saga timeline' }).click();
  const lanes = page.getByRole('list', { name: 'Saga lanes' });
  const compensated = lanes.getByRole('listitem', { name: /^Saga o-\d+, compensated$/ }).first();
  await expect(compensated).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('radio', { name: /^Compensated [1-9]\d*$/ })).toBeVisible();

  // The compensation names the step it undoes and points at that very bar, joined by a line.
  const release = compensated.getByRole('button', {
    name: 'release-inventory attempt 1, succeeded, undoes reserve-inventory',
  });
  await expect(release).toBeVisible();
  const forwardId = await release.getAttribute('aria-describedby');
  expect(forwardId).toBeTruthy();
  const forward = page.locator(`[id="${forwardId}"]`);
  await expect(forward).toHaveAccessibleName(
    'reserve-inventory attempt 1, succeeded, compensatable step',
  );
  await expect(compensated.locator('.saga-link')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/timeline-journey.png' });
  const zoom = page.getByLabel('Time zoom', { exact: true });
  await zoom.selectOption('10');
  await page.locator('.saga-timeline').screenshot({ path: 'test-results/timeline-panel.png' });
  await zoom.selectOption('fit');

  // At "fit all" a long run packs a saga's bars tightly: the keyboard reaches each one.
  await compensated.getByRole('button', { name: /^process-payment attempt 1, / }).press('Enter');
  await expect(page.getByRole('tab', { name: 'Event log' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  expect(problems.errors).toEqual([]);
});
