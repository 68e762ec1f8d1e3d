import { type OrderQuery, orderQueries } from '../../core/projections/order-queries';
import { ProjectionComponent } from '../components/read-side/projection-component';
import type { Simulation } from '../engine/simulation';
import { queryMessages } from './query-messages';
import type { HostQueryRequest } from './query-request';

/**
 * The Projection component that answers `request`, or the reason none can: the one asked for by
 * id (if it keeps the right model), else the first that keeps it, preferring one that is up.
 */
export function findQueryProjection(
  sim: Simulation,
  request: HostQueryRequest,
): ProjectionComponent | string {
  const needs = orderQueries[request.query].projection;
  if (request.projectionId !== undefined) {
    const chosen = sim.component(request.projectionId);
    if (!(chosen instanceof ProjectionComponent)) {
      return queryMessages.noProjection(request.projectionId);
    }
    if (chosen.projectionName !== needs) {
      return queryMessages.wrongProjection(
        chosen.name,
        chosen.projectionName,
        request.query,
        needs,
      );
    }
    return chosen;
  }
  let fallback: ProjectionComponent | undefined;
  for (const component of sim.ctx.allComponents()) {
    if (!(component instanceof ProjectionComponent) || component.projectionName !== needs) continue;
    if (!component.faults.down) return component;
    fallback ??= component;
  }
  return fallback ?? queryMessages.noMatchingProjection(request.query, needs);
}

/** The parameter a query lacks (an order id for GetOrder, a user id for GetUserOrders), if any. */
export function missingParam(request: HostQueryRequest): string | null {
  if (request.query === 'GetOrder' && !request.params.orderId?.trim()) return 'an order id';
  if (request.query === 'GetUserOrders' && !request.params.userId?.trim()) return 'a user id';
  return null;
}

/** The kernel query a request asks, its ids trimmed (params a query does not take are dropped). */
export function orderQueryOf({ query, params }: HostQueryRequest): OrderQuery {
  switch (query) {
    case 'GetOrder':
      return { type: query, params: { orderId: params.orderId?.trim() ?? '' } };
    case 'GetUserOrders':
      return { type: query, params: { userId: params.userId?.trim() ?? '' } };
    case 'GetPendingOrders':
    case 'GetOrderStatistics':
      return { type: query, params: {} };
  }
}
