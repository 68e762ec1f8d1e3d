import type { HostQueryResult } from '../../sim/host/query-request';
import { OrdersTable } from './OrdersTable';
import { StatisticsTable } from './StatisticsTable';

/** A query's result as text tables. */
export function QueryResult({ result }: { result: HostQueryResult }) {
  switch (result.kind) {
    case 'order':
      return result.order ? (
        <OrdersTable orders={[result.order]} caption="The order" />
      ) : (
        <p className="query-answer__empty">The projection does not know this order (yet).</p>
      );
    case 'orders':
      return result.total === 0 ? (
        <p className="query-answer__empty">No orders.</p>
      ) : (
        <>
          {result.total > result.orders.length && (
            <p className="query-answer__empty">
              Showing the first {result.orders.length} of {result.total} orders.
            </p>
          )}
          <OrdersTable orders={result.orders} caption="Orders" />
        </>
      );
    case 'statistics':
      return <StatisticsTable statistics={result.statistics} />;
  }
}
