import { expect, test } from '@playwright/test';
import { answerDialogs, chooseItem, openMenu } from './menus-support';
import { openExample, statusNumber, toolbarButton } from './run-support';

const nodes = (page: import('@playwright/test').Page) => page.locator('.react-flow__node');
const names = async (page: import('@playwright/test').Page) =>
  (await page.locator('.component-node__name').allTextContents()).sort();

// The Scenario menu's items and a share link pasted into the open tab, on one page: whatever
// replaces the workspace asks first, saying what is lost, and Ctrl+Z brings the canvas back.
test('New and Load example ask before replacing work and can be undone; a pasted share link opens', async ({
  page,
}) => {
  test.setTimeout(40_000);
  const problems = await openExample(page);
  let accept = false;
  const questions = answerDialogs(page, () => accept);
  const example = await names(page);
  await page.getByLabel('Speed').selectOption('10');
  await toolbarButton(page, 'Run').click();
  await expect.poll(() => statusNumber(page, 'events')).toBeGreaterThan(50);
  await toolbarButton(page, 'Pause').click();
  await expect(page.getByRole('status', { name: 'Simulation status' })).toContainText('Paused');
  const events = await statusNumber(page, 'events');

  // New, refused: it says what would be lost, and nothing is.
  await chooseItem(page, 'Scenario', 'New');
  await expect.poll(() => questions.length).toBe(1);
  expect(questions[0]).toContain('14 components');
  expect(questions[0]).toContain(`${events.toLocaleString('en')} events`);
  await expect(nodes(page)).toHaveCount(14);
  expect(await statusNumber(page, 'events')).toBe(events);

  // New, accepted: an empty canvas; Ctrl+Z brings the example back.
  accept = true;
  await chooseItem(page, 'Scenario', 'New');
  await expect(nodes(page)).toHaveCount(0);
  expect(questions).toHaveLength(2);
  await page.keyboard.press('Control+z');
  await expect(nodes(page)).toHaveCount(14);
  expect(await names(page)).toEqual(example);
  await expect(toolbarButton(page, 'Run')).toBeEnabled();

  // Load example over a changed canvas asks too, and is undone the same way.
  await page.locator('.react-flow__node', { hasText: 'Shipping' }).click();
  await page.keyboard.press('Delete');
  await expect(nodes(page)).toHaveCount(13);
  await chooseItem(page, 'Scenario', 'Load example');
  await expect(nodes(page)).toHaveCount(14);
  expect(questions).toHaveLength(3);
  expect(questions[2]).toContain('13 components');
  await page.keyboard.press('Control+z');
  await expect(nodes(page)).toHaveCount(13);

  // A share link of this 13-node canvas with seed 7, pasted into the open tab over the example.
  await page.getByLabel('Seed').fill('7');
  await page.getByLabel('Seed').press('Enter');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await (await openMenu(page, 'Export')).getByRole('menuitem', { name: 'Copy share link' }).click();
  await expect(page.getByText('Share link copied to the clipboard')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const shared = await names(page);
  await chooseItem(page, 'Scenario', 'Load example');
  await expect(nodes(page)).toHaveCount(14);
  await expect(page.getByLabel('Seed')).toHaveValue('42');
  const asked = questions.length;
  await page.goto(link);
  await expect(nodes(page)).toHaveCount(13);
  expect(await names(page)).toEqual(shared);
  await expect(page.getByLabel('Seed')).toHaveValue('7');
  expect(questions).toHaveLength(asked + 1);
  expect(questions.at(-1)).toContain('14 components');
  expect(new URL(page.url()).hash).toBe('');
  await page.screenshot({ path: 'test-results/menus-share-link-open-tab.png' });

  // Refused, Load example leaves the canvas as it is.
  accept = false;
  await chooseItem(page, 'Scenario', 'Load example');
  expect(questions).toHaveLength(asked + 2);
  await expect(nodes(page)).toHaveCount(13);

  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});
