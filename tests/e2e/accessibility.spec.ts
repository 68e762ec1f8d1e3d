import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { openExample, statusBar, statusNumber, toolbarButton } from './run-support';

/** WCAG 2.0 and 2.1, levels A and AA: what the audit checks on every screen. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Finding {
  screen: string;
  id: string;
  impact: string;
  /** The first few elements, each with axe's explanation (e.g. the contrast ratio and colours). */
  nodes: string[];
  count: number;
}

/** Audits the page as it is now; every violation (all impacts) is kept for the report. */
async function audit(page: Page, screen: string, findings: Finding[]): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  for (const violation of result.violations) {
    findings.push({
      screen,
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      count: violation.nodes.length,
      nodes: violation.nodes.slice(0, 3).map((node) => {
        const why = node.any[0]?.message ?? node.all[0]?.message ?? violation.help;
        return `${node.target.join(' ')}: ${why.slice(0, 140)}`;
      }),
    });
  }
}

/** One line per violation and screen, so every run's output shows the counts at a glance. */
function report(title: string, findings: Finding[], screens: number): void {
  const lines = [`axe, ${title}: ${findings.length} violations on ${screens} screens`];
  for (const f of findings) {
    lines.push(`  [${f.impact}] ${f.screen}: ${f.id} x${f.count}`);
    for (const node of f.nodes) lines.push(`      ${node}`);
  }
  console.log(lines.join('\n'));
}

const serious = (findings: Finding[]) =>
  findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');

/** Opens a toolbar menu, audits it, and closes it with Escape. */
async function auditMenu(page: Page, name: string, findings: Finding[]): Promise<void> {
  await toolbarButton(page, name).click();
  await expect(page.getByRole('menu', { name })).toBeVisible();
  await audit(page, `${name} menu open`, findings);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name })).toHaveCount(0);
}

test('every main screen passes axe (WCAG 2.1 A/AA) with no serious or critical violation', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const findings: Finding[] = [];
  const screens: string[] = [];
  const check = async (screen: string) => {
    screens.push(screen);
    await audit(page, screen, findings);
  };

  await openExample(page);
  await check('first open');

  await page.locator('.react-flow__node[data-id="payment"]').click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText('Payment');
  await check('node selected');
  // An out-of-range value shows the field's error message: audited in both themes.
  const failureRate = page
    .getByRole('complementary', { name: 'Inspector' })
    .getByLabel('Failure rate');
  await failureRate.fill('150');
  await expect(failureRate).toHaveAttribute('aria-invalid', 'true');
  await check('inspector field error');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await check('dark theme, inspector field error');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await failureRate.fill('0');
  await expect(failureRate).not.toHaveAttribute('aria-invalid', 'true');

  for (const menu of ['Scenario', 'Export', 'Chaos']) {
    screens.push(`${menu} menu open`);
    await auditMenu(page, menu, findings);
  }

  await page.getByLabel('Speed').selectOption('10');
  await toolbarButton(page, 'Run').click();
  await expect.poll(() => statusNumber(page, 'events'), { timeout: 20_000 }).toBeGreaterThan(400);
  await toolbarButton(page, 'Pause').click();
  await expect(statusBar(page)).toContainText('Paused');

  await page.getByRole('tab', { name: 'Event log' }).click();
  const rows = page.getByRole('grid', { name: 'Stored events' }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  await check('Event log with rows');
  await rows.last().click();
  await expect(page.getByRole('complementary', { name: 'Event details' })).toBeVisible();
  await check('Event log, event detail open');

  await page.getByRole('tab', { name: 'Charts' }).click();
  await expect(page.locator('.recharts-wrapper').first()).toBeVisible();
  await check('Charts');

  await page.getByRole('tab', { name: 'Saga timeline' }).click();
  await expect(page.getByRole('list', { name: 'Saga lanes' })).toBeVisible();
  await check('Saga timeline');

  await page.getByRole('tab', { name: 'Queries' }).click();
  await check('Queries, before asking');
  await page.getByRole('button', { name: 'Pending orders' }).click();
  await expect(page.getByText('No queries yet')).toHaveCount(0);
  await check('Queries with an answer');

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('tab', { name: 'Event log' }).click();
  await expect(rows.first()).toBeVisible();
  await check('dark theme, Event log');
  await page.getByRole('tab', { name: 'Charts' }).click();
  await expect(page.locator('.recharts-wrapper').first()).toBeVisible();
  await check('dark theme, Charts');
  await page.getByRole('tab', { name: 'Saga timeline' }).click();
  await check('dark theme, Saga timeline');
  await page.getByRole('tab', { name: 'Queries' }).click();
  await check('dark theme, Queries');
  await page.screenshot({ path: test.info().outputPath('accessibility-dark.png') });

  report('main screens', findings, screens.length);
  expect(serious(findings)).toEqual([]);
});

test('the dark theme on first open and with a node selected passes axe too', async ({ page }) => {
  const findings: Finding[] = [];
  await openExample(page);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await audit(page, 'dark theme, first open', findings);
  await page.locator('.react-flow__node[data-id="payment"]').click();
  await audit(page, 'dark theme, node selected', findings);
  for (const menu of ['Scenario', 'Export', 'Chaos']) await auditMenu(page, menu, findings);
  report('dark theme', findings, 5);
  expect(serious(findings)).toEqual([]);
});

test("a Dead Letter Queue's parked messages in the Inspector pass axe in both themes", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const findings: Finding[] = [];
  await openExample(page);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await page.locator('.react-flow__node[data-id="analytics"]').click();
  await inspector.getByLabel('Failure rate').fill('100');
  await inspector.getByLabel('Failure rate').press('Enter');
  await page.getByLabel('Speed').selectOption('10');
  await toolbarButton(page, 'Run').click();
  await page.locator('.react-flow__node[data-id="dlq"]').click();
  const list = inspector.getByRole('list', { name: 'Parked messages, oldest first' });
  await expect(list.getByRole('listitem').first()).toBeVisible({ timeout: 30_000 });
  await toolbarButton(page, 'Pause').click();
  await expect(statusBar(page)).toContainText('Paused');
  await audit(page, 'DLQ parked messages', findings);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await audit(page, 'dark theme, DLQ parked messages', findings);
  report('dead letters', findings, 2);
  expect(serious(findings)).toEqual([]);
});
