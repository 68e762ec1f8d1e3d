import { expect, type Page, test } from '@playwright/test';
import { toolbarButton, watchForProblems } from './run-support';
import { exportAs } from './transfer-support';

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const faultLine = (page: Page, id: string) => node(page, id).locator('.component-node__fault');
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

interface ExportedComponent {
  readonly id: string;
  readonly config: Record<string, unknown>;
  readonly faults: Record<string, unknown>;
}

/** The scenario the Export menu downloads, by component id. */
async function exportedComponents(page: Page): Promise<Map<string, ExportedComponent>> {
  const { text } = await exportAs(page, 'Scenario');
  const scenario = JSON.parse(text) as { components: ExportedComponent[] };
  return new Map(scenario.components.map((component) => [component.id, component]));
}

test('probabilities in percent, bus faults badged, and a refused value is not applied', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const problems = await watchForProblems(page);
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(14);

  // A bus duplicate rate, in percent: the Event Bus node badges it, before and during a run.
  await node(page, 'bus').click();
  await inspector(page).getByLabel('Duplicate rate').fill('10');
  await expect(faultLine(page, 'bus')).toContainText('10% dup');
  await toolbarButton(page, 'Run').click();
  await expect(node(page, 'bus')).toContainText(/[1-9]\d*\/s/, { timeout: 15_000 });
  await expect(faultLine(page, 'bus')).toContainText('10% dup');
  await toolbarButton(page, 'Pause').click();

  // A failure rate above 100 is refused in percent, and the rate in effect is named.
  await node(page, 'payment').click();
  const failureRate = inspector(page).getByLabel('Failure rate');
  await failureRate.fill('150');
  await expect(failureRate).toHaveAttribute('aria-invalid', 'true');
  await expect(inspector(page)).toContainText(
    'Must be between 0 and 100 %; not applied: still 0 %',
  );

  // "2.5" typed key by key into Users: the "2" is a whole number and applies as typed; "2.5" is
  // refused, kept on screen, and the field says what is in effect. The export agrees with it.
  await node(page, 'api').click();
  const users = inspector(page).getByLabel('Users');
  await users.clear();
  await users.pressSequentially('2.5');
  await expect(users).toHaveValue('2.5');
  await expect(users).toHaveAttribute('aria-invalid', 'true');
  await expect(inspector(page)).toContainText('Must be a whole number; not applied: still 2');
  await page.screenshot({ path: 'test-results/inspector-units-not-applied.png' });

  const exported = await exportedComponents(page);
  expect(exported.get('api')?.config.users).toBe(2);
  expect(exported.get('bus')?.config.duplicateRate).toBe(0.1);
  expect(exported.get('payment')?.faults.failureRate).toBe(0);
  expect(problems.errors).toEqual([]);
});
