import type { Page } from '@playwright/test';
import { EVENTFOLD_DB_NAME } from '../../../src/infra/db/schema';

/** A flow is this many consecutive events of one saga stream and one correlation. */
const FLOW_SIZE = 20;

/**
 * In-page code (a string: tsx's `__name` helper must not reach the page) that writes `count`
 * stored events straight into the app's IndexedDB `events` store, in bulk transactions of
 * `batch`, after clearing the log, the workspace and the checkpoints. The rows follow the app's
 * schema (src/infra/db/schema.ts): primary key `position`, gap-free; unique id and
 * [streamId+streamVersion]. Each flow: 20 event types in one saga stream, one correlation,
 * each event caused by the one before.
 */
function seedScript(count: number, batch: number): string {
  return `(async () => {
    const count = ${count}, batch = ${batch}, flowSize = ${FLOW_SIZE};
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
    if (!db.objectStoreNames.contains('events')) throw new Error('the app has not created its database yet');
    const finished = (tx) => new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    const names = ['events', 'workspace', 'checkpoints'];
    const clearing = db.transaction(names, 'readwrite');
    for (const name of names) clearing.objectStore(name).clear();
    await finished(clearing);
    const started = performance.now();
    for (let from = 1; from <= count; from += batch) {
      const tx = db.transaction('events', 'readwrite', { durability: 'relaxed' });
      const events = tx.objectStore('events');
      const to = Math.min(count, from + batch - 1);
      for (let position = from; position <= to; position++) {
        const flow = Math.floor((position - 1) / flowSize);
        const version = ((position - 1) % flowSize) + 1;
        const type = types[version - 1];
        events.put({
          id: 'evt-' + position, type, time: position * 3, schemaVersion: 1,
          source: sources[version % sources.length], correlationId: 'cmd-' + flow,
          causationId: version === 1 ? null : 'evt-' + (position - 1), metadata: {},
          data: { orderId: 'o-' + flow, step: type, attempt: 1, amount: (flow * 37) % 10000,
            note: 'seeded for the event-log benchmark' },
          streamId: 'saga-o-' + flow, streamVersion: version, position,
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
