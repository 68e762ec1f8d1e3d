import { readFile } from 'node:fs/promises';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { statusBar, statusNumber, toolbarButton, watchForProblems } from './run-support';

type XssWindow = Window & { __xss?: unknown };

/** A CSP string as directive -> sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * Records the URL of every request the page and its workers make (the context sees service
 * worker requests too), for the "own origin only" check.
 */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Requests that leave the app's origin; data: and blob: URLs never touch the network. */
function foreignRequests(urls: readonly string[], origin: string): string[] {
  return urls.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    return new URL(url).origin !== origin;
  });
}

test('the built index.html carries a CSP without unsafe-eval or inline scripts, and has no inline script', async ({
  page,
  request,
}) => {
  const response = await request.get('/');
  expect(response.ok()).toBe(true);
  const html = await response.text();
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  expect(meta, 'index.html has a meta Content-Security-Policy').not.toBeNull();
  const policy = parsePolicy(meta?.[1] ?? '');
  // script-src falls back to default-src when it is absent.
  const scriptSources = policy.get('script-src') ?? policy.get('default-src') ?? [];
  expect(scriptSources.length).toBeGreaterThan(0);
  expect(scriptSources).not.toContain("'unsafe-eval'");
  expect(scriptSources).not.toContain("'unsafe-inline'");
  expect(
    scriptSources.filter((source) => !["'self'", "'wasm-unsafe-eval'"].includes(source)),
  ).toEqual([]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  // No <script> element with content in the served file: every script is an external module.
  const inlineInFile = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
    ([, attributes, body]) => !/\bsrc=/.test(attributes ?? '') || (body ?? '').trim() !== '',
  );
  expect(inlineInFile.map(([tag]) => tag)).toEqual([]);

  // And none in the running document either (nothing injected one at start-up).
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  const inlineScripts = await page.evaluate(() =>
    [...document.querySelectorAll('script')]
      .filter((script) => !script.src || (script.textContent ?? '').trim() !== '')
      .map((script) => script.outerHTML.slice(0, 120)),
  );
  expect(inlineScripts).toEqual([]);
  const livePolicy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(livePolicy).toBe(meta?.[1]);
});

test('a run, an event detail and an NDJSON export stay on the own origin with no CSP violation', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests = recordRequests(context);
  const problems = await watchForProblems(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(14);

  await page.getByLabel('Speed').selectOption('10');
  await toolbarButton(page, 'Run').click();
  await expect.poll(() => statusNumber(page, 'events'), { timeout: 20_000 }).toBeGreaterThan(300);
  await toolbarButton(page, 'Pause').click();
  await expect(statusBar(page)).toContainText('Paused');

  await page.getByRole('tab', { name: 'Event log' }).click();
  const rows = page.getByRole('grid', { name: 'Stored events' }).locator('tbody tr');
  await rows.last().click();
  const details = page.getByRole('complementary', { name: 'Event details' });
  await expect(details.getByRole('region', { name: 'Payload' }).locator('pre')).toContainText('{');

  await toolbarButton(page, 'Export').click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'NDJSON' }).click();
  const file = await download;
  const lines = (await readFile((await file.path()) ?? '', 'utf8')).trim().split('\n');
  expect(lines.length).toBeGreaterThan(300);

  expect(requests.length).toBeGreaterThan(3);
  expect(foreignRequests(requests, origin)).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
  expect(problems.errors).toEqual([]);
});

/** Markup and script in every text field an imported event carries (type must be dotted words). */
const attacks = {
  img: '<img src=x onerror="window.__xss=\'img\'">',
  script: '<script>window.__xss="script"</script>',
  svg: '<svg onload="window.__xss=\'svg\'"></svg>',
};

function hostileEvent(position: number, stream: string, version: number): string {
  return JSON.stringify({
    specversion: '1.0',
    id: `evt-${position}-${attacks.script}`,
    source: `/eventfold/components/${attacks.img}`,
    type: 'order.placed',
    time: `2026-01-01T00:00:0${position}.000Z`,
    datacontenttype: 'application/json',
    subject: stream,
    sequence: String(position).padStart(16, '0'),
    streamversion: version,
    correlationid: attacks.svg,
    eventfoldmetadata: JSON.stringify({ note: attacks.img }),
    data: { orderId: attacks.img, note: attacks.script, customer: attacks.svg, total: 12 },
  });
}

async function markupInjected(page: Page) {
  return page.evaluate(() => ({
    flag: (window as XssWindow).__xss ?? null,
    images: document.querySelectorAll('img[src="x"]').length,
    svgs: document.querySelectorAll('svg[onload]').length,
    scripts: [...document.querySelectorAll('script')].filter((script) =>
      (script.textContent ?? '').includes('__xss'),
    ).length,
  }));
}

test('an imported event whose fields hold <img onerror> and <script> shows them as text and runs nothing', async ({
  page,
}) => {
  const problems = await watchForProblems(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(14);

  const stream = `order-${attacks.img}`;
  const ndjson = [hostileEvent(1, stream, 1), hostileEvent(2, stream, 2), hostileEvent(3, 'o', 1)];
  await page
    .getByRole('toolbar', { name: 'Simulation controls' })
    .locator('input[type=file]')
    .setInputFiles({
      name: `${attacks.img}.ndjson`,
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(`${ndjson.join('\n')}\n`),
    });
  const done = page.getByRole('dialog', { name: 'Event log imported' });
  await expect(done).toContainText(`3 events from ${attacks.img}.ndjson`);
  await done.getByRole('button', { name: 'Close' }).click();
  await expect(statusBar(page)).toContainText('Imported log: 3 events shown');

  await page.getByRole('tab', { name: 'Event log' }).click();
  const grid = page.getByRole('grid', { name: 'Stored events' });
  const rows = grid.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  // The stream and correlation cells show the markup as the characters it is made of.
  await expect(grid.getByText(stream, { exact: true }).first()).toBeVisible();
  await expect(grid.getByText(attacks.svg, { exact: true }).first()).toBeVisible();

  await rows.first().click();
  const details = page.getByRole('complementary', { name: 'Event details' });
  const payload = details.getByRole('region', { name: 'Payload' }).locator('pre');
  await expect(payload).toContainText(attacks.script.replaceAll('"', '\\"'));
  await expect(payload).toContainText('<img src=x onerror=');
  await expect(details).toContainText(attacks.svg);
  await page.screenshot({ path: test.info().outputPath('security-hostile-import.png') });

  // The other panels read the same events: nothing renders as markup there either, checked once
  // each (loaded on first open) shows what it made of the imported log.
  const shown: Record<string, string> = {
    Charts: 'Orders by status',
    'Saga timeline': 'No sagas have started',
    Queries: 'An imported log is shown',
    'Event log': '3 events saved',
  };
  for (const [tab, text] of Object.entries(shown)) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tabpanel', { name: tab })).toContainText(text);
    expect(await markupInjected(page), `after opening ${tab}`).toEqual({
      flag: null,
      images: 0,
      svgs: 0,
      scripts: 0,
    });
  }
  expect(await problems.cspViolations()).toEqual([]);
  expect(problems.errors).toEqual([]);
});
