import type { EventEnvelope, StoredEvent } from '../../../src/core/messages/event';

/** Deterministic batch sizes in [min, max] (a small LCG: the bench must not depend on Math.random). */
function batchSizes(total: number, min: number, max: number, seed: number): number[] {
  let state = seed >>> 0;
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    const size = Math.min(left, min + (state % (max - min + 1)));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

const NOTE = 'Deliver to the back door; ring twice. '.repeat(6).slice(0, 200);

/** A ~500-byte order event (JSON), like the ones the simulator writes. */
export function benchEvent(run: string, n: number): EventEnvelope {
  return {
    id: `evt-${run}-${n}`,
    type: 'order.placed',
    time: n * 10,
    schemaVersion: 1,
    source: 'bench-producer',
    correlationId: `corr-${run}-${n}`,
    causationId: null,
    metadata: { tenant: 'bench' },
    data: {
      orderId: `order-${n}`,
      customerId: `customer-${n % 977}`,
      items: [
        { sku: 'SKU-1001', quantity: 2, price: 19.99 },
        { sku: 'SKU-2002', quantity: 1, price: 5.5 },
        { sku: 'SKU-3003', quantity: 4, price: 1.25 },
      ],
      note: NOTE,
    },
  };
}

/** Per stream, the batches one writer appends in order. */
export interface StreamWork {
  readonly streamId: string;
  readonly batches: EventEnvelope[][];
}

/** `total` events spread over `streams` streams, cut into batches of `min`..`max` events. */
export function streamWorkload(
  run: string,
  total: number,
  streams: number,
  min: number,
  max: number,
): StreamWork[] {
  let n = 0;
  const perStream = Math.floor(total / streams);
  return Array.from({ length: streams }, (_, index) => ({
    streamId: `order-${index}`,
    batches: batchSizes(perStream, min, max, index + 1).map((size) =>
      Array.from({ length: size }, () => benchEvent(run, ++n)),
    ),
  }));
}

/** The rows a store would write for this workload, in an order a single writer would use. */
export function rowsOf(work: readonly StreamWork[]): StoredEvent[] {
  const rows: StoredEvent[] = [];
  for (const { streamId, batches } of work) {
    let version = 0;
    for (const event of batches.flat()) {
      version += 1;
      rows.push({ ...event, streamId, streamVersion: version, position: rows.length + 1 });
    }
  }
  return rows;
}
