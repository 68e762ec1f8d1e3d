import { expect, type Locator, type Page } from '@playwright/test';

interface CspViolation {
  directive: string;
  blockedURI: string;
  sample: string;
}

type WatchedWindow = Window & { __runCspViolations?: CspViolation[] };

/**
 * Records console errors, uncaught page errors and CSP violations from the first script on.
 * Call before page.goto.
 */
export async function watchForProblems(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    const watched = window as WatchedWindow;
    watched.__runCspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      watched.__runCspViolations?.push({
        directive: event.violatedDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  return {
    errors,
    cspViolations: () => page.evaluate(() => (window as WatchedWindow).__runCspViolations ?? []),
  };
}

/** Opens the app at 1440x900, watching for problems, once the example's 14 nodes are drawn. */
export async function openExample(page: Page) {
  await page.setViewportSize({ width: 1440, height: 900 });
  const problems = await watchForProblems(page);
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  return problems;
}

/** The status bar (named, because other live regions use role="status" too). */
export const statusBar = (page: Page): Locator =>
  page.getByRole('status', { name: 'Simulation status' });

/** A number the status bar shows before `label`, e.g. "1234 events" -> 1234. */
export async function statusNumber(page: Page, label: 'events' | 'steps'): Promise<number> {
  const text = (await statusBar(page).textContent()) ?? '';
  const match = new RegExp(`(\\d+) ${label === 'steps' ? 'steps?' : 'events'}\\b`).exec(text);
  if (!match) throw new Error(`The status bar shows no "${label}" count: "${text}"`);
  return Number(match[1]);
}

/** The virtual (simulated) time the status bar shows, in seconds: "t = 12.345 s" -> 12.345. */
export async function virtualSeconds(page: Page): Promise<number> {
  const text = (await statusBar(page).textContent()) ?? '';
  const match = /t = (\d+(?:\.\d+)?) s\b/.exec(text);
  if (!match) throw new Error(`The status bar shows no virtual time: "${text}"`);
  return Number(match[1]);
}

/** A toolbar button by its exact accessible name. */
export const toolbarButton = (page: Page, name: string): Locator =>
  page.getByRole('toolbar', { name: 'Simulation controls' }).getByRole('button', {
    name,
    exact: true,
  });

/** Sets the speed (the option's value, e.g. '10' for 10x) and presses Run; waits for Running. */
export async function runAtSpeed(page: Page, speed: string) {
  await page
    .getByRole('toolbar', { name: 'Simulation controls' })
    .getByLabel('Speed')
    .selectOption(speed);
  await toolbarButton(page, 'Run').click();
  await expect(statusBar(page)).toContainText('Running');
}

/**
 * Scenario > New over the open example: the page asks before discarding it (a native confirm,
 * src/state/run/replace-workspace.ts), the person says yes, and the canvas empties.
 */
export async function newScenarioOverExample(page: Page) {
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.message());
      void dialog.accept();
    }),
  );
  await page.getByRole('button', { name: 'Scenario', exact: true }).click();
  await page.getByRole('menuitem', { name: 'New', exact: true }).click();
  expect(await asked).toMatch(/^New replaces what is open: 14 components/);
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
}
