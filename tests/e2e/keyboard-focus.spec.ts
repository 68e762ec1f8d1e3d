import { expect, type JSHandle, type Page, test } from '@playwright/test';
import { componentKindInfo, componentKinds } from '../../src/sim/scenario/component-kinds';

/**
 * What the focus ring can look like: outline and box-shadow of the element, of its label (a
 * visually hidden file input shows its ring there) and of the part React Flow draws for a node
 * or edge (the node's card, the edge's path stroke).
 */
type FocusLook = Record<string, string>;

interface Stop {
  /** Role and accessible name, as the aria snapshot states them (e.g. 'button "Run"'). */
  name: string;
  /** Whether its look while focused differed from its look once focus had moved on. */
  ringShown: boolean;
}

/** Reads an element's focus look (runs in the page). */
const lookOf = (element: Element): FocusLook => {
  const look: FocusLook = {};
  const read = (prefix: string, target: Element | null) => {
    if (!target) return;
    const style = getComputedStyle(target);
    const hasOutline = style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
    look[`${prefix}outline`] = hasOutline
      ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`
      : 'none';
    look[`${prefix}boxShadow`] = style.boxShadow;
    look[`${prefix}stroke`] = `${style.stroke} ${style.strokeWidth}`;
  };
  read('', element);
  read('label.', element.closest('label'));
  read('part.', element.querySelector('.component-node, .react-flow__edge-path'));
  return look;
};

/** The focused element's role and accessible name, as Playwright's aria snapshot states them. */
async function focusedName(page: Page): Promise<string> {
  const snapshot = await page.locator(':focus').ariaSnapshot();
  // The first line reads like `- spinbutton "Seed": "42"`: keep the role and the quoted name.
  const first = /^- (\w+)(?: ("(?:[^"\\]|\\.)*"))?/.exec(snapshot);
  return first ? [first[1], first[2]].filter(Boolean).join(' ') : snapshot;
}

/**
 * Presses `key` (Tab or Shift+Tab) until focus has come back to where it started, or `limit`
 * times, recording each stop's name and whether it showed a focus ring: its look while focused
 * against its look right after focus moved on. Focus must be on a control already; the start
 * itself is recorded when the walk comes back to it (then focused by the keyboard).
 */
async function walk(page: Page, key: string, limit: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  const start = await page.evaluateHandle(() => document.activeElement as Element);
  let previous: { name: string; look: FocusLook; handle: JSHandle<Element> } | null = null;
  let backAtStart = false;
  for (let press = 0; press < limit || previous !== null; press += 1) {
    await page.keyboard.press(key);
    if (previous) {
      const after = await previous.handle.evaluate(lookOf);
      stops.push({ name: previous.name, ringShown: differs(previous.look, after) });
      previous = null;
    }
    if (backAtStart || press >= limit) break;
    const handle = await page.evaluateHandle(() => document.activeElement as Element);
    if (await handle.evaluate((element) => element === document.body)) continue;
    backAtStart = await handle.evaluate((element, first) => element === first, start);
    previous = { name: await focusedName(page), look: await handle.evaluate(lookOf), handle };
  }
  return stops;
}

const differs = (a: FocusLook, b: FocusLook) => Object.keys(a).some((key) => a[key] !== b[key]);

const toolbarNames = [
  'button "Run"',
  'button "Pause"',
  'button "Step"',
  'button "Reset"',
  'combobox "Speed"',
  'spinbutton "Seed"',
  'button "Scenario"',
  'button "Export"',
  'button "Import"',
  'button "Chaos"',
  'button "Dark theme"',
];

/** The palette's labels, from the kind table: a renamed kind changes them here too. */
const paletteNames = componentKinds.map((kind) => `button "${componentKindInfo[kind].label}"`);

const tabNames = ['Event log', 'Charts', 'Saga timeline', 'Queries'].map((name) => `tab "${name}"`);

/** Names that were never reached, and reached stops that showed no focus ring. */
function problems(stops: Stop[], expected: readonly string[]) {
  const names = stops.map((stop) => stop.name);
  return {
    unreached: expected.filter((name) => !names.includes(name)),
    withoutRing: stops.filter((stop) => !stop.ringShown).map((stop) => stop.name),
  };
}

function printWalk(title: string, stops: Stop[]): void {
  const lines = stops.map((stop) => `  ${stop.ringShown ? 'ring' : 'NONE'}  ${stop.name}`);
  console.log(`${title}: ${stops.length} stops\n${lines.join('\n')}`);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
});

test('Tab reaches every toolbar control, palette item, canvas element, bottom tab and inspector field, each showing a focus ring', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // A selected component fills the Inspector; one Step enables Reset (Pause needs a run: below).
  await page.locator('.react-flow__node[data-id="payment"]').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByLabel('Failure rate')).toBeVisible();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Reset', exact: true })).toBeEnabled();

  await page.getByRole('button', { name: 'Run', exact: true }).focus();
  const stops = await walk(page, 'Tab', 250);
  printWalk('Tab walk', stops);
  const inspectorNames = [
    'textbox "Name"',
    'spinbutton "Failure rate"',
    'spinbutton "Latency override (ms)"',
    'button "Crash"',
  ];
  const nodeNames = ['Payment', 'Order Service', 'Event Bus'].map((name) => `group "${name}"`);
  const expected = [
    ...toolbarNames.filter((name) => name !== 'button "Pause"'),
    ...paletteNames,
    ...nodeNames,
    'group "Connection from Order Saga to Payment"',
    ...inspectorNames,
    'tab "Event log"',
  ];
  expect(problems(stops, expected)).toEqual({ unreached: [], withoutRing: [] });
  // Every stop has a name: nothing focusable is announced as just "group" or "button".
  expect(stops.filter((stop) => !/"[^"]+"/.test(stop.name)).map((stop) => stop.name)).toEqual([]);

  // The tabs are one Tab stop (WAI-ARIA tabs: roving tabindex); arrows move between them.
  await page.getByRole('tab', { name: 'Event log' }).focus();
  const tabStops: Stop[] = [];
  for (const name of tabNames.slice(1)) {
    const before = await page.evaluateHandle(() => document.activeElement as Element);
    const look = await before.evaluate(lookOf);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveAccessibleName(name.slice(5, -1));
    tabStops.push({ name: await focusedName(page), ringShown: true });
    // The tab left behind lost its ring.
    expect(differs(look, await before.evaluate(lookOf))).toBe(true);
  }
  const lastTab = await page.evaluateHandle(() => document.activeElement as Element);
  const lastLook = await lastTab.evaluate(lookOf);
  await page.keyboard.press('Tab');
  expect(differs(lastLook, await lastTab.evaluate(lookOf))).toBe(true);
  expect(problems(tabStops, tabNames.slice(1)).unreached).toEqual([]);

  // For the record: a canvas node and a palette item as the keyboard shows them.
  await page.getByRole('group', { name: 'Inventory', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('group', { name: 'Payment', exact: true })).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('keyboard-focus-node.png') });
  await page.getByRole('button', { name: componentKindInfo.saga.label, exact: true }).focus();
  await page.keyboard.press('Tab');
  await page.screenshot({ path: test.info().outputPath('keyboard-focus-palette.png') });
});

test('while running, Shift+Tab from Speed reaches Pause and Reset, each showing a focus ring', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeEnabled();
  await page.getByLabel('Speed').focus();
  const stops = await walk(page, 'Shift+Tab', 2);
  printWalk('Shift+Tab walk while running', stops);
  expect(stops.map((stop) => stop.name)).toEqual(['button "Reset"', 'button "Pause"']);
  expect(problems(stops, []).withoutRing).toEqual([]);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
});
