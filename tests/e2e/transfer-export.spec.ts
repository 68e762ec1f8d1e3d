import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { CloudEvent } from 'cloudevents';

/** Runs the example for a moment, pauses, and waits until the log is saved (the export reads it). */
async function runAndPause(page: import('@playwright/test').Page) {
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  await page.getByLabel('Speed').selectOption('10');
  await page.getByRole('button', { name: 'Run' }).click();
  await page.waitForTimeout(1500);
  await page.getByRole('button', { name: 'Pause' }).click();
  const status = page.getByRole('status', { name: 'Simulation status' });
  await expect(status).toContainText('Paused');
  await expect(async () => {
    const text = (await status.textContent()) ?? '';
    const events = Number(/(\d+) events/.exec(text)?.[1]);
    const saved = /saved (\d+)\/(\d+)/.exec(text);
    expect(events).toBeGreaterThan(100);
    expect(Number(saved?.[1])).toBe(events);
  }).toPass({ timeout: 15_000 });
  return Number(/(\d+) events/.exec((await status.textContent()) ?? '')?.[1]);
}

async function exportAs(page: import('@playwright/test').Page, item: string) {
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

test('the stored log exports as NDJSON, CloudEvents JSON and CSV, complete and valid', async ({
  page,
}) => {
  const events = await runAndPause(page);

  const ndjson = await exportAs(page, 'NDJSON');
  expect(ndjson.name).toMatch(/\.ndjson$/);
  const lines = ndjson.text.trim().split('\n');
  expect(lines).toHaveLength(events);
  for (const line of lines.slice(0, 200)) new CloudEvent(JSON.parse(line), true);
  expect(JSON.parse(lines[0]!).sequence).toBe('0000000000000001');

  const batch = await exportAs(page, 'CloudEvents JSON');
  const parsed = JSON.parse(batch.text) as Array<{ id: string; specversion: string }>;
  expect(parsed).toHaveLength(events);
  expect(parsed.map((event) => event.id)).toEqual(lines.map((line) => JSON.parse(line).id));

  const csv = await exportAs(page, 'CSV');
  const rows = csv.text.trim().split(/\r?\n/);
  expect(rows[0]).toMatch(/^position,id,type/);
  expect(rows.length).toBeGreaterThanOrEqual(events + 1);
});

test('the scenario exports as versioned JSON with its layout and seed', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  const scenario = await exportAs(page, 'Scenario');
  const parsed = JSON.parse(scenario.text) as {
    version: number;
    seed: number;
    components: unknown[];
  };
  expect(parsed.version).toBe(2);
  expect(parsed.seed).toBe(42);
  expect(parsed.components).toHaveLength(14);
});
