import type { HostQueryKind } from '../../sim/host/query-request';
import type { QueryParams } from '../../state/queries/query-entry';

/** "GetOrder(o-12)", "GetUserOrders(u-3)", "GetPendingOrders()": the kernel's query names. */
export function describeQuery(query: HostQueryKind, params: QueryParams): string {
  const argument =
    query === 'GetOrder' ? params.orderId : query === 'GetUserOrders' ? params.userId : '';
  return `${query}(${argument ?? ''})`;
}
