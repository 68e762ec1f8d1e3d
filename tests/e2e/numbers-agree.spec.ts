import { expect, type Page, test } from '@playwright/test';
import { openExample, statusBar, statusNumber, toolbarButton, virtualSeconds } from './run-support';

/** The figures one paused run shows in each view, read where a person reads them. */
interface Figures {
  readonly events: number;
  readonly seconds: number;
  /** Canvas: the Order Service's "N orders placed", the saga's "N sagas compensated". */
  readonly canvasOrders: number;
  readonly canvasCompensated: number;
  /** Charts: the KPI cards. */
  readonly chartOrders: number;
  readonly chartCompensated: number;
  /** Saga timeline: the "Compensated N" filter. */
  readonly timelineCompensated: number;
  /** Event log: "N events saved"; the scrubber: "position P of N saved". */
  readonly logSaved: number;
  readonly scrubber: string;
}

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** The number before `words` in `text` ("1,234 sagas compensated" -> 1234); NaN when absent. */
function numberBefore(text: string, words: string): number {
  const match = new RegExp(`([\\d,]+) ${words}`).exec(text);
  return match?.[1] ? Number(match[1].replaceAll(',', '')) : Number.NaN;
}

/** A node badge's figure, from the sentence it is described by ("51 sagas compensated" -> 51). */
async function badgeNumber(page: Page, id: string, words: string): Promise<number> {
  const badge = node(page, id).locator(`[title$=" ${words}"]`);
  return numberBefore((await badge.getAttribute('title')) ?? '', words);
}

async function textOf(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().textContent()) ?? '';
}

async function kpi(page: Page, label: string): Promise<number> {
  const card = page.locator('.kpi-card', { has: page.locator('dt', { hasText: label }) });
  const text = (await card.locator('.kpi-card__value').textContent()) ?? '';
  return Number(text.replace(/[^\d.]/g, ''));
}

/** Reads every view's figures (visiting the Charts, Saga timeline and Event log tabs). */
async function readFigures(page: Page): Promise<Figures> {
  await page.getByRole('tab', { name: 'Charts' }).click();
  await expect(page.locator('.kpi-card').first()).toBeVisible();
  const chartOrders = await kpi(page, 'Orders placed');
  const chartCompensated = await kpi(page, 'Sagas compensated');
  await page.getByRole('tab', { name: 'Saga timeline' }).click();
  const radio = page.locator('.lane-filter__option--compensated');
  await expect(radio).toBeVisible();
  const timelineCompensated = numberBefore(`${await radio.textContent()} x`, 'x');
  await page.getByRole('tab', { name: 'Event log' }).click();
  const logLine = await textOf(page, '.log-status__count');
  return {
    events: await statusNumber(page, 'events'),
    seconds: await virtualSeconds(page),
    canvasOrders: await badgeNumber(page, 'orders', 'orders placed'),
    canvasCompensated: await badgeNumber(page, 'saga', 'sagas compensated'),
    chartOrders,
    chartCompensated,
    timelineCompensated,
    logSaved: numberBefore(logLine, 'events saved'),
    scrubber: await textOf(page, '.time-travel__readout'),
  };
}

/** Each view agrees with the others: one figure, one definition. */
function expectAgreement(figures: Figures): void {
  const { events } = figures;
  expect(figures.logSaved, 'log saved vs status bar').toBe(events);
  expect(figures.scrubber).toBe(
    `position ${events.toLocaleString('en-US')} of ${events.toLocaleString('en-US')} saved`,
  );
  expect(figures.chartOrders, 'Charts orders vs canvas').toBe(figures.canvasOrders);
  expect(figures.chartCompensated, 'Charts compensated vs canvas').toBe(figures.canvasCompensated);
  expect(figures.timelineCompensated, 'timeline compensated vs canvas').toBe(
    figures.canvasCompensated,
  );
}

/** Polls until every view agrees (the charts and the log are throttled a little behind a pause). */
async function agreedFigures(page: Page): Promise<Figures> {
  let figures: Figures | null = null;
  await expect(async () => {
    figures = await readFigures(page);
    expectAgreement(figures);
  }).toPass({ timeout: 15_000, intervals: [250, 500, 1_000] });
  if (!figures) throw new Error('no figures read');
  return figures;
}

test('a paused run shows the same orders, compensations and events in every view, before and after a reload', async ({
  page,
}) => {
  const problems = await openExample(page);
  // One payment in three fails: sagas compensate, and some are mid-compensation at the pause.
  await node(page, 'payment').click();
  await page
    .getByRole('complementary', { name: 'Inspector' })
    .getByLabel('Failure rate')
    .fill('30');
  await page
    .getByRole('toolbar', { name: 'Simulation controls' })
    .getByLabel('Speed')
    .selectOption('10');
  await toolbarButton(page, 'Run').click();
  await expect(statusBar(page)).toContainText('Running');
  await expect(node(page, 'saga')).toContainText(/[1-9]\d* sagas compensated/, { timeout: 20_000 });
  await expect.poll(() => statusNumber(page, 'events'), { timeout: 20_000 }).toBeGreaterThan(1_200);
  await toolbarButton(page, 'Pause').click();
  await expect(statusBar(page)).toContainText('Paused');
  const events = await statusNumber(page, 'events');
  await expect(statusBar(page)).toContainText(`saved ${events}/${events}`, { timeout: 15_000 });

  const before = await agreedFigures(page);
  expect(before.canvasCompensated).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/numbers-agree-before.png' });

  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  await expect(statusBar(page)).toContainText('Paused');
  await expect(statusBar(page)).toContainText(`saved ${before.events}/${before.events}`, {
    timeout: 15_000,
  });
  const after = await agreedFigures(page);
  expect(after).toEqual(before);

  // The operations charts come back with their history, not one point per line.
  await page.getByRole('tab', { name: 'Charts' }).click();
  const throughput = page.getByRole('figure', { name: 'Throughput' });
  await expect(throughput.locator('.recharts-line-curve').first()).toHaveAttribute(
    'd',
    /^M[-\d.,]+[CL]/,
  );
  const latency = page.getByRole('figure', { name: 'Handler latency' });
  await expect(latency.locator('.recharts-curve').first()).toHaveAttribute('d', /^M[-\d.,]+[CL]/);
  await page.screenshot({ path: 'test-results/numbers-agree-after.png' });
  expect(problems.errors).toEqual([]);
});
