import { DeciderRepository, type Loaded } from '../cqrs/decider-repository';
import type { EventEnvelope } from '../messages/event';
import type { AppendResult, EventStore, ExpectedVersion } from '../store/event-store';
import type { OrderCommand } from './order-commands';
import { orderDecider } from './order-decider';
import type { OrderError } from './order-errors';
import { type OrderEvent, orderStreamId } from './order-events';
import type { OrderState } from './order-state';

/**
 * Orders in the event store, one stream per order (`order-<orderId>`). `load` folds the stream;
 * `save` appends only at the expected version (normally the one `load` returned), so two writers
 * that loaded the same version cannot both succeed: the second gets ConcurrencyError.
 */
export class OrderRepository {
  private readonly streams: DeciderRepository<OrderCommand, OrderEvent, OrderState, OrderError>;

  constructor(store: EventStore, pageSize?: number) {
    this.streams = new DeciderRepository(orderDecider, store, pageSize);
  }

  /** The order's state and stream version; `{ status: 'none' }` at version 0 if never placed. */
  load(orderId: string): Promise<Loaded<OrderState>> {
    return this.streams.load(orderStreamId(orderId));
  }

  /** Appends the order's new events if its stream is still at `expectedVersion`. */
  save(
    orderId: string,
    events: readonly EventEnvelope[],
    expectedVersion: ExpectedVersion,
  ): Promise<AppendResult> {
    return this.streams.save(orderStreamId(orderId), events, expectedVersion);
  }
}
