import { isOrderEventType, orderStreamId } from '../../core/order/order-events';
import type { OrderListModel } from '../../core/projections/order-list-projection';
import { getOrder, ordersOfUser, pendingOrders } from '../../core/projections/order-list-queries';
import type { OrderStatisticsModel } from '../../core/projections/order-statistics-projection';
import { orderStatistics } from '../../core/projections/order-statistics-queries';
import type { InMemoryEventStore } from '../../core/store/in-memory-event-store';
import type { ProjectionComponent } from '../components/read-side/projection-component';
import type { Simulation } from '../engine/simulation';
import type { HostQueryAnswer, HostQueryRequest, HostQueryResult } from './query-request';

/** Most orders a list answer carries: a snapshot must stay small enough to post every frame. */
export const MAX_LISTED_ORDERS = 200;

/** Log events read per page while looking backwards for the latest order event. */
const BACKWARD_PAGE = 64;

/**
 * The position the answer must reflect to be fresh: for one order, its stream's latest event;
 * for lists and statistics, the latest order event anywhere in the log (0 when there is none).
 */
export function minPositionFor(sim: Simulation, request: HostQueryRequest): number {
  const log = sim.ctx.log;
  if (request.query === 'get-order') {
    const streamId = orderStreamId(request.params.orderId?.trim() ?? '');
    const version = log.streamVersionSync(streamId);
    return version === 0 ? 0 : (log.readStreamSync(streamId, version, 1)[0]?.position ?? 0);
  }
  return latestOrderEventPosition(log);
}

function latestOrderEventPosition(log: InMemoryEventStore): number {
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

/** Reads the projection's model now: the answer, as of its current checkpoint. */
export function answerFrom(
  sim: Simulation,
  projection: ProjectionComponent,
  request: HostQueryRequest,
  minPosition: number,
  waitedMs: number,
  note: string | null,
): HostQueryAnswer {
  const position = projection.checkpoint();
  const head = sim.ctx.log.headPositionSync();
  return {
    requestId: request.requestId,
    query: request.query,
    result: resultOf(projection.readModel(), request),
    projectionId: projection.id,
    position,
    head,
    lagPositions: Math.max(0, head - position),
    minPosition,
    stale: position < minPosition,
    waitedMs,
    note,
    error: null,
  };
}

// The core query functions copy rows out of the model, so the answer never aliases live state.
function resultOf(model: unknown, request: HostQueryRequest): HostQueryResult {
  switch (request.query) {
    case 'statistics':
      return { kind: 'statistics', statistics: orderStatistics(model as OrderStatisticsModel) };
    case 'get-order':
      return {
        kind: 'order',
        order: getOrder(model as OrderListModel, request.params.orderId?.trim() ?? ''),
      };
    case 'user-orders':
      return listed(ordersOfUser(model as OrderListModel, request.params.userId?.trim() ?? ''));
    case 'pending-orders':
      return listed(pendingOrders(model as OrderListModel));
  }
}

function listed(orders: ReturnType<typeof pendingOrders>): HostQueryResult {
  return { kind: 'orders', orders: orders.slice(0, MAX_LISTED_ORDERS), total: orders.length };
}
