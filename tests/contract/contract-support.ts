import type { EventEnvelope } from '../../src/core/messages/event';
import type { EventStore } from '../../src/core/store/event-store';

/** A store under test and how to throw it away. */
export interface StoreFixture {
  readonly store: EventStore;
  readonly dispose: () => Promise<void>;
}

export type MakeStore = () => Promise<StoreFixture>;

/** A plain envelope with a known id; `time` follows the id so events differ. */
export function anEvent(id: string, type = 'order.placed', data: unknown = { id }): EventEnvelope {
  return {
    id,
    type,
    time: 1_000,
    schemaVersion: 1,
    source: 'contract-test',
    correlationId: `corr-${id}`,
    causationId: null,
    metadata: { origin: 'contract' },
    data,
  };
}

/** `count` events with ids `${prefix}-1` ... */
export function someEvents(prefix: string, count: number): EventEnvelope[] {
  return Array.from({ length: count }, (_, index) => anEvent(`${prefix}-${index + 1}`));
}

/** Retries `assertion` until it passes or `timeoutMs` runs out (async stores deliver later). */
export async function eventually(assertion: () => void, timeoutMs = 3_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      assertion();
      return;
    } catch (error) {
      if (performance.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

/** What the store holds, for "nothing was stored" checks. */
export async function snapshot(store: EventStore): Promise<{ head: number; ids: string[] }> {
  const all = await store.readAll();
  return { head: await store.headPosition(), ids: all.map((event) => event.id) };
}
