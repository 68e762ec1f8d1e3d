import { askQuery } from '../../core/cqrs/query';
import { stalenessOf } from '../../core/cqrs/read-consistency';
import type { OrderView } from '../../core/projections/order-list-projection';
import { type OrderQuery, orderQueries } from '../../core/projections/order-queries';
import type { ProjectionView } from '../../core/projections/projection';
import type { ProjectionComponent } from '../components/read-side/projection-component';
import type { Simulation } from '../engine/simulation';
import type { HostQueryAnswer, HostQueryRequest, HostQueryResult } from './query-request';

/** Most orders a list answer carries: a snapshot must stay small enough to post every frame. */
export const MAX_LISTED_ORDERS = 200;

/**
 * A query being answered: the request, the kernel query it asks, the write it depends on and
 * the Projection component that answers it.
 */
export interface DeskQuery {
  readonly request: HostQueryRequest;
  readonly query: OrderQuery;
  readonly minPosition: number;
  readonly projection: ProjectionComponent;
}

/** Reads the projection's model now: the answer, as of its current checkpoint. */
export function answerFrom(
  sim: Simulation,
  { request, query, minPosition, projection }: DeskQuery,
  waitedMs: number,
  note: string | null,
): HostQueryAnswer {
  const view = projection.view();
  return {
    requestId: request.requestId,
    query: request.query,
    result: resultOf(view, query),
    projectionId: projection.id,
    ...stalenessOf(view.checkpoint, minPosition, sim.ctx.log.headPositionSync()),
    waitedMs,
    note,
    error: null,
  };
}

// The kernel's order queries copy rows out of the model, so the answer never aliases live state.
function resultOf(view: ProjectionView<unknown>, query: OrderQuery): HostQueryResult {
  switch (query.type) {
    case 'GetOrder':
      return { kind: 'order', order: askQuery(orderQueries, query, view) };
    case 'GetUserOrders':
    case 'GetPendingOrders':
      return listed(askQuery(orderQueries, query, view));
    case 'GetOrderStatistics':
      return { kind: 'statistics', statistics: askQuery(orderQueries, query, view) };
  }
}

function listed(orders: readonly OrderView[]): HostQueryResult {
  return { kind: 'orders', orders: orders.slice(0, MAX_LISTED_ORDERS), total: orders.length };
}
