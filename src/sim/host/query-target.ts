import { ProjectionComponent } from '../components/read-side/projection-component';
import type { Simulation } from '../engine/simulation';
import { queryMessages } from './query-messages';
import type { HostQueryKind, HostQueryRequest } from './query-request';

/** The read model each query reads: statistics from the statistics projection, the rest from the list. */
export function projectionNameFor(query: HostQueryKind): 'order-list' | 'order-statistics' {
  return query === 'statistics' ? 'order-statistics' : 'order-list';
}

/**
 * The Projection component that answers `request`, or the reason none can: the one asked for by
 * id (if it keeps the right model), else the first that keeps it, preferring one that is up.
 */
export function findQueryProjection(
  sim: Simulation,
  request: HostQueryRequest,
): ProjectionComponent | string {
  const needs = projectionNameFor(request.query);
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

/** The parameter a query lacks (an order id for get-order, a user id for user-orders), if any. */
export function missingParam(request: HostQueryRequest): string | null {
  if (request.query === 'get-order' && !request.params.orderId?.trim()) return 'an order id';
  if (request.query === 'user-orders' && !request.params.userId?.trim()) return 'a user id';
  return null;
}
