import type { TimeTravelView } from '../../state/timetravel/time-travel-state';
import { formatCount, formatDuration, formatSeconds } from '../charts/format';

/** What the read models said at the scrubbed position: order counts and the followed order. */
export function TimeTravelSummary({ view }: { view: TimeTravelView }) {
  const orders = view.statistics.totalOrders;
  const pending = Object.keys(view.orderList.pendingIds).length;
  return (
    <p className="time-travel__summary" title={`Computed in ${formatDuration(view.jumpMs)}`}>
      <span>t = {formatSeconds(view.time)}</span>
      <span>
        {formatCount(orders)} orders, {formatCount(pending)} pending
      </span>
      {view.orderId && (
        <span>
          {view.orderId}: {view.order ? view.order.status : 'not placed yet'}
        </span>
      )}
    </p>
  );
}
