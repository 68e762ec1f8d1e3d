import { expect, test } from '@playwright/test';
import { CloudEvent } from 'cloudevents';
import { decodePng, download, openMenu, parseSvg } from './menus-support';
import { statusNumber, watchForProblems } from './run-support';
import { runAndPause } from './transfer-support';

// Every item of the Export menu on the built app, under its CSP, on one page: each download is
// opened as its reader would (parsed, decoded) and checked against what the page shows.
test('every Export item downloads what it says, under the CSP, with no console error', async ({
  page,
}) => {
  test.setTimeout(45_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const problems = await watchForProblems(page);
  const events = await runAndPause(page, 150);
  const names = (await page.locator('.component-node__name').allTextContents()).sort();
  expect(names).toHaveLength(14);

  const json = await download(page, 'CloudEvents JSON');
  expect(json.name).toMatch(/\.json$/);
  const batch = JSON.parse(json.bytes.toString('utf8')) as Array<{ id: string }>;
  expect(batch).toHaveLength(events);
  for (const event of batch.slice(0, 50)) new CloudEvent(event, true);

  const ndjson = await download(page, 'NDJSON');
  const lines = ndjson.bytes.toString('utf8').trim().split('\n');
  expect(JSON.parse(lines[0]!).sequence).toBe('0000000000000001');
  expect(lines.map((line) => JSON.parse(line).id)).toEqual(batch.map((event) => event.id));

  const csv = await download(page, 'CSV');
  const rows = csv.bytes.toString('utf8').trim().split(/\r?\n/);
  expect(rows[0]).toMatch(/^position,id,type/);
  expect(rows.length).toBeGreaterThanOrEqual(events + 1);
  expect(csv.bytes.toString('utf8')).toContain(batch.at(-1)!.id);

  const charts = await download(page, 'Chart data');
  expect(charts.name).toMatch(/\.charts\.csv$/);
  const chartRows = charts.bytes.toString('utf8').trim().split(/\r?\n/);
  expect(chartRows[0]).toBe('chart,virtual_time_ms,component,metric,value');
  expect(chartRows.some((row) => /^kpis,[\d.]+,,total orders,[1-9]\d*$/.test(row))).toBe(true);

  const scenario = await download(page, 'Scenario');
  const parsed = JSON.parse(scenario.bytes.toString('utf8')) as {
    version: number;
    seed: number;
    components: Array<{ name: string }>;
  };
  expect(parsed.version).toBe(2);
  expect(parsed.seed).toBe(42);
  expect(parsed.components.map((component) => component.name).sort()).toEqual(names);

  const canvasBox = (await page.locator('.react-flow').boundingBox())!;
  const png = await download(page, 'Canvas PNG');
  expect(png.name).toMatch(/\.png$/);
  const picture = await decodePng(page, png.bytes);
  expect(picture.width).toBeGreaterThanOrEqual(Math.floor(canvasBox.width));
  expect(picture.height).toBeGreaterThanOrEqual(Math.floor(canvasBox.height));
  // Fourteen nodes, their edges and the background dots: far from a blank picture.
  expect(picture.drawnShare).toBeGreaterThan(0.03);

  const svg = await download(page, 'Canvas SVG');
  expect(svg.name).toMatch(/\.svg$/);
  const drawing = await parseSvg(page, svg.bytes.toString('utf8'));
  expect(drawing.error).toBeNull();
  for (const name of names) expect(drawing.text).toContain(name);

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await (await openMenu(page, 'Export')).getByRole('menuitem', { name: 'Copy share link' }).click();
  await expect(page.getByText('Share link copied to the clipboard')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#scenario=[\w-]+$/);

  // The last item is there only while the Event log has a filter; checked, exports follow it.
  await expect((await openMenu(page, 'Export')).getByRole('menuitemcheckbox')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Event log' }).click();
  await page.getByRole('searchbox', { name: 'Type pattern' }).fill('order.*');
  const only = (await openMenu(page, 'Export')).getByRole('menuitemcheckbox', {
    name: 'Only what the Event log filter shows',
  });
  await expect(only).toHaveAttribute('aria-checked', 'false');
  await only.click();
  await expect(only).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  const filtered = (await download(page, 'NDJSON')).bytes.toString('utf8').trim().split('\n');
  const types = filtered.map((line) => (JSON.parse(line) as { type: string }).type);
  expect(types.length).toBeGreaterThan(0);
  expect(types.length).toBeLessThan(events);
  expect(types.every((type) => type.startsWith('order.'))).toBe(true);

  expect(await statusNumber(page, 'events')).toBe(events);
  expect(problems.errors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});
