import type { EventEnvelope, StoredEvent } from '../../src/core/messages/event';
import { InMemoryEventStore } from '../../src/core/store/in-memory-event-store';
import type { EventLogSource } from '../../src/state/log/event-log-source';

/** One event to store: its stream and the envelope fields a test cares about. */
export interface LogEntry {
  readonly type: string;
  readonly streamId: string;
  readonly data?: unknown;
  readonly id?: string;
  readonly source?: string;
  readonly correlationId?: string;
  readonly causationId?: string | null;
  readonly time?: number;
}

/**
 * An EventLogSource held in memory (over InMemoryEventStore) for component and state tests:
 * `add` stores events and announces the new head as the archive would; `reads` counts calls.
 */
export class LogTestSource implements EventLogSource {
  private store = new InMemoryEventStore();
  private readonly listeners = new Set<(head: number) => void>();
  readonly reads = { all: 0, stream: 0, correlation: 0 };
  /** Every readAll call's [fromPosition, limit], in order. */
  readonly pageReads: Array<[number, number]> = [];

  private gate: Promise<void> | null = null;

  constructor(entries: readonly LogEntry[] = []) {
    this.add(entries, { announce: false });
  }

  /** Stores `entries` in order (ids `e<position>` unless given) and announces the head. */
  add(entries: readonly LogEntry[], { announce = true } = {}): StoredEvent[] {
    const stored = entries.map((entry) => {
      const position = this.store.headPositionSync() + 1;
      const envelope: EventEnvelope = {
        id: entry.id ?? `e${position}`,
        type: entry.type,
        time: entry.time ?? position * 10,
        schemaVersion: 1,
        source: entry.source ?? 'test',
        correlationId: entry.correlationId ?? `corr-${position}`,
        causationId: entry.causationId ?? null,
        metadata: {},
        data: entry.data ?? {},
      };
      const [event] = this.store.appendSync(entry.streamId, [envelope]).appended;
      return event as StoredEvent;
    });
    if (announce) this.announce();
    return stored;
  }

  /** Stores already stored events again (e.g. a simulation's log) at the same positions. */
  addStored(events: readonly StoredEvent[], options?: { announce?: boolean }): void {
    this.add(
      events.map(({ streamId, type, data, id, source, correlationId, causationId, time }) => ({
        streamId,
        type,
        data,
        id,
        source,
        correlationId,
        causationId,
        time,
      })),
      options,
    );
  }

  /** A new run: every event is gone and the head drops to 0. */
  clear(): void {
    this.store = new InMemoryEventStore();
    this.announce();
  }

  async head(): Promise<number> {
    return this.store.headPositionSync();
  }

  async readAll(fromPosition: number, limit: number): Promise<StoredEvent[]> {
    this.reads.all += 1;
    this.pageReads.push([fromPosition, limit]);
    if (this.gate) await this.gate;
    return this.store.readAllSync(fromPosition, limit);
  }

  /** Makes page reads wait (a slow store) until the returned function is called. */
  holdReads(): () => void {
    let release = () => {};
    this.gate = new Promise((resolve) => {
      release = resolve;
    });
    return () => {
      this.gate = null;
      release();
    };
  }

  async readStream(streamId: string): Promise<StoredEvent[]> {
    this.reads.stream += 1;
    return this.store.readStreamSync(streamId);
  }

  async readCorrelation(correlationId: string): Promise<StoredEvent[]> {
    this.reads.correlation += 1;
    return this.store.readAllSync().filter((event) => event.correlationId === correlationId);
  }

  onHeadChange(listener: (head: number) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private announce(): void {
    const head = this.store.headPositionSync();
    for (const listener of [...this.listeners]) listener(head);
  }
}

/** A payload that would run script if it were ever parsed as HTML. */
export const hostilePayloadText = '<img src=x onerror=alert(1)>';

/**
 * Two order flows and a system event: c-1 places, starts a saga, reserves stock and confirms
 * o-1; c-2 places o-2 and fails its payment with a hostile reason.
 */
export function twoOrderFlows(): LogEntry[] {
  const placed = (orderId: string) => ({
    orderId,
    userId: 'u-1',
    items: [{ sku: 'sku-1', quantity: 2, unitPrice: 500 }],
    total: 1000,
  });
  return [
    {
      type: 'order.placed',
      streamId: 'order-o-1',
      source: 'orders',
      correlationId: 'c-1',
      data: placed('o-1'),
    },
    {
      type: 'saga.started',
      streamId: 'saga-o-1',
      source: 'saga',
      correlationId: 'c-1',
      causationId: 'e1',
      data: { orderId: 'o-1' },
    },
    {
      type: 'inventory.reserved',
      streamId: 'inventory-o-1',
      source: 'inventory',
      correlationId: 'c-1',
      causationId: 'e2',
      data: { orderId: 'o-1', units: 2 },
    },
    {
      type: 'order.placed',
      streamId: 'order-o-2',
      source: 'orders',
      correlationId: 'c-2',
      data: placed('o-2'),
    },
    {
      type: 'payment.failed',
      streamId: 'payment-o-2',
      source: 'payment',
      correlationId: 'c-2',
      causationId: 'e4',
      data: { orderId: 'o-2', reason: hostilePayloadText },
    },
    {
      type: 'order.confirmed',
      streamId: 'order-o-1',
      source: 'orders',
      correlationId: 'c-1',
      causationId: 'e3',
      data: { orderId: 'o-1' },
    },
    {
      type: 'system.service.started',
      streamId: 'system-api',
      source: 'api',
      correlationId: 'e7',
      data: { componentId: 'api' },
    },
  ];
}
