import { expect, type Page, test } from '@playwright/test';
import { statusBar, statusNumber, toolbarButton, watchForProblems } from './run-support';

/** Runs the example with Payment failing every charge, so sagas compensate on screen. */
async function runWithFailingPayment(page: Page) {
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  await page.locator('.react-flow__node', { hasText: 'Payment' }).click();
  const failureRate = page
    .getByRole('complementary', { name: 'Inspector' })
    .getByLabel('Failure rate');
  await failureRate.fill('100');
  await failureRate.press('Enter');
  await page
    .getByRole('toolbar', { name: 'Simulation controls' })
    .getByLabel('Speed')
    .selectOption('5x');
  await toolbarButton(page, 'Run').click();
  await expect(statusBar(page)).toContainText('Running');
  await expect.poll(() => statusNumber(page, 'events'), { timeout: 15_000 }).toBeGreaterThan(3000);
  // The compensations show on the saga's node.
  await expect(
    page.locator('.react-flow__node', { hasText: 'Order Saga' }).locator('.node-badge--warn'),
  ).toBeVisible();
}

for (const theme of ['light', 'dark'] as const) {
  test(`the running canvas in the ${theme} theme: live badges, flowing edges, a failing Payment`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme: theme });
    const problems = await watchForProblems(page);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

    await runWithFailingPayment(page);
    const payment = page.locator('.react-flow__node', { hasText: 'Payment' });
    await expect(payment.locator('.component-node--failing')).toBeVisible();
    await expect(payment.locator('.component-node__fault')).toHaveText(/100% fail/);
    await expect(payment.locator('.node-badge--error')).toBeVisible();

    const suffix = theme === 'dark' ? '-dark' : '';
    await page.screenshot({ path: `docs/screenshots/canvas-running${suffix}.png` });

    expect(problems.errors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
  });
}
