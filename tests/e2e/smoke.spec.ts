import { expect, type Page, test } from '@playwright/test';
import { componentKindInfo, componentKinds } from '../../src/sim/scenario/component-kinds';
import { newScenarioOverExample } from './run-support';

/** The palette's labels, from the kind table: a renamed kind changes them here too. */
const paletteNames = componentKinds.map((kind) => componentKindInfo[kind].label);

interface CspViolation {
  directive: string;
  blockedURI: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations: CspViolation[];
  }
}

/** Records console errors, uncaught page errors and CSP violations for the whole test. */
function watchForProblems(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return {
    errors,
    cspViolations: () => page.evaluate(() => window.__cspViolations),
  };
}

/** First open shows the example; these journeys start from an empty canvas (Scenario > New). */
async function startFromEmptyCanvas(page: Page) {
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  await newScenarioOverExample(page);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push({
        directive: event.violatedDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
      });
    });
  });
});

test('the app frame loads under its CSP with every named control, and a palette drag adds a node', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const problems = watchForProblems(page);
  await page.goto('/');
  await expect(page).toHaveTitle('Eventfold');
  await startFromEmptyCanvas(page);

  const toolbar = page.getByRole('toolbar', { name: 'Simulation controls' });
  for (const name of ['Run', 'Pause', 'Step', 'Reset', 'Export', 'Import']) {
    await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(toolbar.getByLabel('Speed')).toBeVisible();
  await expect(toolbar.getByLabel('Seed')).toBeVisible();
  await expect(page.getByRole('status', { name: 'Simulation status' })).toContainText('0 events');

  const palette = page.getByRole('complementary', { name: 'Palette' });
  await expect(palette.getByRole('button')).toHaveCount(paletteNames.length);
  for (const name of paletteNames) {
    await expect(palette.getByRole('button', { name, exact: true })).toBeVisible();
  }
  for (const name of ['Event log', 'Charts', 'Saga timeline', 'Queries']) {
    await expect(page.getByRole('tab', { name })).toBeVisible();
  }
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();

  const orderService = componentKindInfo['order-service'].label;
  await palette
    .getByRole('button', { name: orderService, exact: true })
    .dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 360, y: 220 } });
  await expect(page.locator('.react-flow__node', { hasText: orderService })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText(
    'order-service-1',
  );

  await page.screenshot({ path: 'docs/screenshots/app-frame.png' });

  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});

test('the keyboard adds a component, and the dark theme survives a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const problems = watchForProblems(page);
  await page.goto('/');
  await startFromEmptyCanvas(page);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector).toContainText('Select a component to inspect');

  const palette = page.getByRole('complementary', { name: 'Palette' });
  const payment = componentKindInfo.payment.label;
  await palette.getByRole('button', { name: payment, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(page.locator('.react-flow__node.selected', { hasText: payment })).toBeVisible();
  await expect(inspector.getByRole('heading', { name: payment })).toBeVisible();

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.screenshot({ path: 'docs/screenshots/app-frame-dark.png' });

  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});
