import type { StoredEvent } from '../../../../src/core/messages/event';
import { MessageFactory } from '../../../../src/core/messages/factory';
import { InMemoryEventStore } from '../../../../src/core/store/in-memory-event-store';
import { ManualClock } from '../../../../src/core/time/clock';
import { SequentialIds } from '../../../../src/core/time/ids';

/**
 * A small stored log covering what the formatters must carry: a root event, a caused one with a
 * partition key and metadata, a fractional virtual time, and text that looks like formulas or
 * breaks naive CSV (commas, quotes, newlines).
 */
export function sampleLog(): StoredEvent[] {
  const clock = new ManualClock(0);
  const factory = new MessageFactory(clock, new SequentialIds('evt'));
  const store = new InMemoryEventStore();
  const placed = factory.event(
    'order.placed',
    { orderId: 'o-1', note: 'gift, "wrapped"\nplease', total: 1200 },
    { source: 'api', partitionKey: 'o-1', metadata: { payloadStyle: 'event-carried-state' } },
  );
  store.appendSync('order-o-1', [placed]);
  clock.advanceTo(12.5);
  const confirmed = factory.event(
    'order.confirmed',
    { orderId: 'o-1' },
    { source: 'orders', cause: placed, partitionKey: '=HYPERLINK("http://x")' },
  );
  store.appendSync('order-o-1', [confirmed]);
  clock.advanceTo(3_600_000);
  // A bare negative number as data: its JSON text starts with '-', a formula trigger.
  const odd = factory.event('system.error.occurred', -5, {
    source: '@evil',
    metadata: { note: '+cmd' },
  });
  store.appendSync('system-@evil', [odd]);
  return store.readAllSync();
}
