import { expect, test } from '@playwright/test';
import { CloudEvent } from 'cloudevents';
import { exportAs, runAndPause } from './transfer-support';

test('the stored log exports as NDJSON, CloudEvents JSON and CSV, complete and valid', async ({
  page,
}) => {
  const events = await runAndPause(page, 100);

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
