import { expect, type Page, test } from '@playwright/test';
import { answerDialogs, download } from './menus-support';
import { statusNumber, watchForProblems } from './run-support';
import { runAndPause, statusOf } from './transfer-support';

async function importFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page
    .getByRole('toolbar', { name: 'Simulation controls' })
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
}

/** Closes the result dialog named `title` once it says `says`. */
async function resultSays(page: Page, title: string, says: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toContainText(says);
  await dialog.getByRole('button', { name: 'Close' }).click();
}

// Import takes back what Export writes, on one page: a scenario replaces the canvas only after
// asking (and Ctrl+Z brings the canvas back); each log format shows its events.
test('Import opens a scenario after asking, and shows an imported log in each format', async ({
  page,
}) => {
  test.setTimeout(45_000);
  let accept = true;
  const questions = answerDialogs(page, () => accept);
  const problems = await watchForProblems(page);
  const events = await runAndPause(page, 200);
  const files = {
    scenario: await download(page, 'Scenario'),
    ndjson: await download(page, 'NDJSON'),
    json: await download(page, 'CloudEvents JSON'),
    csv: await download(page, 'CSV'),
  };

  // A scenario of 13 components over the running example's 14 and its events: asked, refused.
  const scenario = JSON.parse(files.scenario.bytes.toString('utf8'));
  scenario.components = scenario.components.filter((c: { id: string }) => c.id !== 'shipping');
  scenario.connections = scenario.connections.filter(
    (c: { source: string; target: string }) => c.source !== 'shipping' && c.target !== 'shipping',
  );
  const smaller = Buffer.from(JSON.stringify(scenario));
  accept = false;
  await importFile(page, 'smaller.json', smaller);
  await expect.poll(() => questions.length).toBe(1);
  expect(questions[0]).toContain('14 components');
  expect(questions[0]).toContain(`${events.toLocaleString('en')} events`);
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  expect(await statusNumber(page, 'events')).toBe(events);

  accept = true;
  await importFile(page, 'smaller.json', smaller);
  await resultSays(page, 'Scenario imported', '(13 components)');
  await expect(page.locator('.react-flow__node')).toHaveCount(13);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(14);

  // Each log format: the first shows every event, the next two find them all already there.
  const count = events.toLocaleString('en');
  await importFile(page, files.ndjson.name, files.ndjson.bytes);
  await resultSays(page, 'Event log imported', `${count} events from ${files.ndjson.name}`);
  await expect(statusOf(page)).toContainText(`Imported log: ${count} events shown`);
  for (const file of [files.json, files.csv]) {
    await importFile(page, file.name, file.bytes);
    await resultSays(page, 'Event log imported', `${count} events were already there`);
  }
  await expect(statusOf(page)).toContainText(`Imported log: ${count} events shown`);
  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});
