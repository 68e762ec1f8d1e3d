import { isOrderEventType, orderStreamId } from '../../../core/order/order-events';
import type { OrderQuery } from '../../../core/projections/order-queries';
import type { InMemoryEventStore } from '../../../core/store/in-memory-event-store';

/** Log events read per page while looking backwards for the latest order event. */
const BACKWARD_PAGE = 64;

type LogReads = Pick<
  InMemoryEventStore,
  'headPositionSync' | 'readAllSync' | 'readStreamSync' | 'streamVersionSync'
>;

/**
 * The write an answer to `query` depends on (its `minPosition`: fresh once the projection has
 * applied it): for one order, its stream's latest event; for lists and statistics, the latest
 * order event anywhere in the log. 0 when there is none.
 */
export function minPositionFor(log: LogReads, query: OrderQuery): number {
  return query.type === 'GetOrder'
    ? latestPositionOfOrder(log, query.params.orderId)
    : latestOrderEventPosition(log);
}

/** The position of the latest event of the order's stream (0 when it has none). */
export function latestPositionOfOrder(log: LogReads, orderId: string): number {
  const streamId = orderStreamId(orderId);
  const version = log.streamVersionSync(streamId);
  return version === 0 ? 0 : (log.readStreamSync(streamId, version, 1)[0]?.position ?? 0);
}

function latestOrderEventPosition(log: LogReads): number {
  for (let end = log.headPositionSync(); end > 0; end -= BACKWARD_PAGE) {
    const from = Math.max(1, end - BACKWARD_PAGE + 1);
    const page = log.readAllSync(from, end - from + 1);
    for (let index = page.length - 1; index >= 0; index -= 1) {
      const event = page[index];
      if (event && isOrderEventType(event.type)) return event.position;
    }
  }
  return 0;
}
