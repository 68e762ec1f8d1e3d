import type { HostQueryKind } from '../../sim/host/query-request';
import type { QueryParams } from '../../state/queries/query-entry';

/** The CQRS query names people read in the answers (as the design's query catalogue names them). */
export const queryNames: Record<HostQueryKind, string> = {
  'get-order': 'GetOrder',
  'user-orders': 'GetUserOrders',
  'pending-orders': 'GetPendingOrders',
  statistics: 'GetOrderStatistics',
};

/** "GetOrder(o-12)", "GetUserOrders(u-3)", "GetPendingOrders()". */
export function describeQuery(query: HostQueryKind, params: QueryParams): string {
  const argument =
    query === 'get-order' ? params.orderId : query === 'user-orders' ? params.userId : '';
  return `${queryNames[query]}(${argument ?? ''})`;
}
