import type { Page } from '@playwright/test';
import { EVENTFOLD_DB_NAME } from '../../../src/infra/db/schema';

/** A flow is this many consecutive events of one saga stream and one correlation. */
const FLOW_SIZE = 20;
/** Events per batch record, as an imported or upgraded log is stored. */
const PER_RECORD = 1_000;

/**
 * In-page code (a string: tsx's `__name` helper must not reach the page) that writes `count`
 * stored events straight into the app's IndexedDB `eventBatches` store, as batch records of
 * PER_RECORD events in transactions of `batch` events, after clearing the log, the workspace and
 * the checkpoints. The records follow the app's schema (src/infra/db/schema.ts, EventBatchRow):
 * primary key `from` (the first event's position), `to`, the distinct `streams` and
 * `correlations` of its events (multi-entry indexes) and the `events` in position order,
 * gap-free from 1. Each flow: 20 event types in one saga stream, one correlation, each event
 * caused by the one before.
 */
function seedScript(count: number, batch: number): string {
  return `(async () => {
    const count = ${count}, batch = ${batch}, flowSize = ${FLOW_SIZE}, perRecord = ${PER_RECORD};
    const types = ['order.placed', 'saga.started', 'saga.step.started', 'inventory.reserved',
      'saga.step.succeeded', 'saga.step.started', 'payment.received', 'saga.step.succeeded',
      'order.confirmed', 'saga.step.started', 'notification.email.sent', 'saga.step.succeeded',
      'shipping.scheduled', 'order.shipped', 'saga.completed', 'projection.updated',
      'analytics.recorded', 'query.answered', 'order.delivered', 'system.heartbeat'];
    const sources = ['orders', 'saga', 'inventory', 'payment', 'notification', 'shipping', 'analytics'];
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open(${JSON.stringify(EVENTFOLD_DB_NAME)});
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (!db.objectStoreNames.contains('eventBatches')) throw new Error('the app has not created its database (version with eventBatches) yet');
    const finished = (tx) => new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    const event = (position) => {
      const flow = Math.floor((position - 1) / flowSize);
      const version = ((position - 1) % flowSize) + 1;
      const type = types[version - 1];
      return {
        id: 'evt-' + position, type, time: position * 3, schemaVersion: 1,
        source: sources[version % sources.length], correlationId: 'cmd-' + flow,
        causationId: version === 1 ? null : 'evt-' + (position - 1), metadata: {},
        data: { orderId: 'o-' + flow, step: type, attempt: 1, amount: (flow * 37) % 10000,
          note: 'seeded for the event-log benchmark' },
        streamId: 'saga-o-' + flow, streamVersion: version, position,
      };
    };
    const names = ['eventBatches', 'workspace', 'checkpoints'];
    const clearing = db.transaction(names, 'readwrite');
    for (const name of names) clearing.objectStore(name).clear();
    await finished(clearing);
    const started = performance.now();
    for (let from = 1; from <= count; from += batch) {
      const tx = db.transaction('eventBatches', 'readwrite', { durability: 'relaxed' });
      const records = tx.objectStore('eventBatches');
      const last = Math.min(count, from + batch - 1);
      for (let first = from; first <= last; first += perRecord) {
        const to = Math.min(last, first + perRecord - 1);
        const events = [];
        for (let position = first; position <= to; position++) events.push(event(position));
        records.put({
          from: first, to,
          streams: [...new Set(events.map((e) => e.streamId))],
          correlations: [...new Set(events.map((e) => e.correlationId))],
          events,
        });
      }
      await finished(tx);
    }
    db.close();
    return { ms: performance.now() - started };
  })()`;
}

/**
 * Replaces the app's stored log with `count` seeded events, so the next load of the app reads
 * them: seeding happens on a blank page of the app's origin (the app itself would save its
 * workspace on unload), and the app then opens with the example unavailable, so nothing loads
 * a scenario and clears the log. Returns how long the writes took (ms).
 */
export async function seedStoredLog(page: Page, count: number, batch = 20_000): Promise<number> {
  const origin = new URL(page.url()).origin;
  await page.route(`${origin}/__seed`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }),
  );
  await page.route('**/scenarios/*.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(`${origin}/__seed`);
  const { ms } = (await page.evaluate(seedScript(count, batch))) as { ms: number };
  await page.goto(`${origin}/`);
  return ms;
}
