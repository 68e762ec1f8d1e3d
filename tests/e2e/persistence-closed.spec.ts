import { expect, test } from '@playwright/test';

test('when another tab upgrades the database, this tab pauses and says it stopped saving', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const toolbar = page.getByRole('toolbar', { name: 'Simulation controls' });
  const status = page.getByRole('status');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await toolbar.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status).toContainText('Running');

  // A newer build in another tab opens the same database at a higher schema version.
  const newerTab = await context.newPage();
  await newerTab.goto('/');
  const upgradedTo = await newerTab.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('eventfold', 1000);
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('the upgrade was blocked by the first tab'));
        request.onsuccess = () => {
          const version = request.result.version;
          request.result.close();
          resolve(version);
        };
      }),
  );
  expect(upgradedTo).toBe(1000);

  const alert = page.getByRole('alert').filter({ hasText: 'stopped saving' });
  await expect(alert).toContainText(
    'Eventfold was opened in a newer version in another tab, so this tab stopped saving. Reload to continue; everything saved so far is kept.',
  );
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(status).toContainText('Paused');
  await page.screenshot({ path: 'test-results/persistence-closed.png' });
});
