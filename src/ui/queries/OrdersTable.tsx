import type { OrderView } from '../../core/projections/order-list-projection';
import { formatCents, formatSeconds } from '../charts/format';

/** Orders as a table of text (never HTML): id, user, status, total, lines and times. */
export function OrdersTable({
  orders,
  caption,
}: {
  orders: readonly OrderView[];
  caption: string;
}) {
  return (
    <table className="query-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Order</th>
          <th scope="col">User</th>
          <th scope="col">Status</th>
          <th scope="col">Total</th>
          <th scope="col">Lines</th>
          <th scope="col">Placed</th>
          <th scope="col">Updated</th>
          <th scope="col">Tracking / reason</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.orderId}>
            <td>{order.orderId}</td>
            <td>{order.userId}</td>
            <td>{order.status}</td>
            <td>{formatCents(order.total)}</td>
            <td>
              {order.lineCount} ({order.unitCount} units)
            </td>
            <td>{formatSeconds(order.placedAt)}</td>
            <td>{formatSeconds(order.updatedAt)}</td>
            <td>{order.trackingNumber ?? order.cancelReason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
