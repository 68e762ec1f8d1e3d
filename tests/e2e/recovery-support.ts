import { type BrowserContext, expect, type Page } from '@playwright/test';
import { statusBar } from './run-support';

/** A stored event as the checks need it (read straight from IndexedDB). */
export interface StoredRow {
  readonly position: number;
  readonly id: string;
  readonly type: string;
  readonly streamId: string;
  readonly streamVersion: number;
  /** From the payload, for order events: what the statistics fold needs. */
  readonly orderId?: string;
  readonly total?: number;
}

/**
 * Stored events of the app's database with positions from..to (all by default), in position
 * order: one getAll in the page, reduced there to the fields the checks read.
 */
export async function readStoredLog(
  page: Page,
  range: { from?: number; to?: number } = {},
  dbName = 'eventfold',
): Promise<StoredRow[]> {
  const from = range.from ?? 1;
  const to = range.to ?? Number.MAX_SAFE_INTEGER;
  // Nothing new acknowledged is a valid answer; IDBKeyRange.bound would throw on it.
  if (from > to) return [];
  // One async function: anything IndexedDB throws rejects the read with its own error (a throw
  // in a request's event handler would be swallowed and look like a hang).
  const reading = page.evaluate(
    async ({ name, from, to }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        type Row = StoredRow & { data?: { orderId?: string; total?: number } };
        const ask = <T>(request: IDBRequest<T>) =>
          new Promise<T>((resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        // The log is a record per batch keyed by its first position: the record holding `from`
        // starts at or before it, and every record up to `to` may hold some of the range.
        const batches = db.transaction('eventBatches', 'readonly').objectStore('eventBatches');
        const holding = await ask(batches.openCursor(IDBKeyRange.upperBound(from), 'prev'));
        const start = typeof holding?.key === 'number' ? holding.key : from;
        const records = (await ask(batches.getAll(IDBKeyRange.bound(start, to)))) as Array<{
          events: Row[];
        }>;
        const rows = records
          .flatMap((record) => record.events)
          .filter((event) => event.position >= from && event.position <= to);
        return rows.map(({ position, id, type, streamId, streamVersion, data }) => ({
          position,
          id,
          type,
          streamId,
          streamVersion,
          orderId: type.startsWith('order.') ? data?.orderId : undefined,
          total: type === 'order.placed' ? data?.total : undefined,
        }));
      } finally {
        db.close();
      }
    },
    { name: dbName, from, to },
  );
  return withinDeadline(page, reading, 25_000, 'reading the stored log');
}

/**
 * `work`, or an error after `ms` that says whether the page's main thread still answers (a
 * busy page and a storage that never answers are different bugs).
 */
async function withinDeadline<T>(page: Page, work: Promise<T>, ms: number, what: string) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  try {
    const result = await Promise.race([work, late]);
    if (result !== 'late') return result as T;
  } finally {
    clearTimeout(timer);
  }
  const ping = await Promise.race([
    page.evaluate(() => 'answers').catch((error: unknown) => `fails (${String(error)})`),
    new Promise<string>((resolve) => setTimeout(() => resolve('does not answer in 3 s'), 3_000)),
  ]);
  throw new Error(`${what} took over ${ms / 1000} s; the page's main thread ${ping}`);
}

const BLANK_PATH = '/__blank';
const routedContexts = new WeakSet<BrowserContext>();

/**
 * A blank page of the app's origin (served by the test, so the app never runs there): it sees
 * the origin's IndexedDB as the app left it, holding no connection of its own.
 */
export async function openBlankPage(context: BrowserContext): Promise<Page> {
  if (!routedContexts.has(context)) {
    routedContexts.add(context);
    await context.route(`**${BLANK_PATH}`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
    );
  }
  const page = await context.newPage();
  await page.goto(BLANK_PATH);
  return page;
}

/** The status bar's "saved D/N": D durable of N events in the run. */
export async function durability(page: Page): Promise<{ durable: number; events: number }> {
  const text = (await statusBar(page).textContent()) ?? '';
  const match = /saved (\d+)\/(\d+)/.exec(text);
  if (!match) throw new Error(`The status bar shows no "saved D/N": "${text}"`);
  return { durable: Number(match[1]), events: Number(match[2]) };
}

/** Problems with a stored log: positions not 1..n, stream versions not 1..k per stream. */
export function logProblems(rows: readonly StoredRow[]): string[] {
  const problems: string[] = [];
  const versions = new Map<string, number>();
  const ids = new Set<string>();
  rows.forEach((row, index) => {
    if (row.position !== index + 1) problems.push(`position ${row.position} at index ${index}`);
    const expected = (versions.get(row.streamId) ?? 0) + 1;
    if (row.streamVersion !== expected) {
      problems.push(`${row.streamId} version ${row.streamVersion}, expected ${expected}`);
    }
    versions.set(row.streamId, row.streamVersion);
    if (ids.has(row.id)) problems.push(`id ${row.id} twice`);
    ids.add(row.id);
  });
  return problems;
}

/** Acknowledged events that are not stored at their position any more (empty: none lost). */
export function acknowledgedMissing(
  acknowledged: readonly StoredRow[],
  after: readonly StoredRow[],
): string[] {
  const byPosition = new Map(after.map((row) => [row.position, row]));
  return acknowledged
    .filter((row) => byPosition.get(row.position)?.id !== row.id)
    .map((row) => `position ${row.position} (${row.id}) now ${byPosition.get(row.position)?.id}`);
}

/** Order statistics folded from stored events up to `through`: the projection's rebuild. */
export function foldStatistics(rows: readonly StoredRow[], through: number) {
  const orders = new Map<string, { status: string; total: number }>();
  const byStatus: Record<string, number> = {
    pending: 0,
    confirmed: 0,
    shipped: 0,
    delivered: 0,
    cancelled: 0,
  };
  const next: Record<string, string> = {
    'order.confirmed': 'confirmed',
    'order.shipped': 'shipped',
    'order.delivered': 'delivered',
    'order.cancelled': 'cancelled',
  };
  let placedRevenue = 0;
  for (const row of rows) {
    if (row.position > through) break;
    const { orderId, total } = row;
    if (orderId === undefined) continue;
    const order = orders.get(orderId);
    if (row.type === 'order.placed') {
      if (order) continue;
      orders.set(orderId, { status: 'pending', total: total ?? 0 });
      byStatus.pending! += 1;
      placedRevenue += total ?? 0;
    } else if (order && next[row.type]) {
      byStatus[order.status]! -= 1;
      order.status = next[row.type]!;
      byStatus[order.status]! += 1;
    }
  }
  return { totalOrders: orders.size, byStatus, placedRevenue };
}

/** Asks the Queries tab for the order statistics; returns the answer's position and figures. */
export async function askStatistics(page: Page) {
  await page.getByRole('tab', { name: 'Queries' }).click();
  await page.getByRole('button', { name: 'Order statistics', exact: true }).click();
  const answer = page.getByRole('region', { name: 'Query answer' });
  // The answer comes back from the engine in a later snapshot.
  await expect(answer.locator('.query-answer__meta')).toContainText(/at position \d+ of \d+/);
  const meta = (await answer.locator('.query-answer__meta').textContent()) ?? '';
  const position = /at position (\d+) of (\d+)/.exec(meta);
  if (!position) throw new Error(`The answer names no position: "${meta}"`);
  const cells = await answer
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('th')?.textContent ?? '',
        row.querySelector('td')?.textContent ?? '',
      ]),
    );
  const figures = new Map(cells.map(([label, value]) => [label!, value!]));
  const count = (label: string) => Number((figures.get(label) ?? 'NaN').replace(/[^\d]/g, ''));
  return {
    position: Number(position[1]),
    head: Number(position[2]),
    totalOrders: count('Orders placed'),
    byStatus: Object.fromEntries(
      ['pending', 'confirmed', 'shipped', 'delivered', 'cancelled'].map((s) => [s, count(s)]),
    ),
    placedRevenueText: figures.get('Placed revenue') ?? '',
  };
}
