import type { StoredEvent } from '../../core/messages/event';
import type { OrderState } from '../../core/order/order-state';
import type { OrderAuditEntry } from '../../sim/analysis/order-audit';
import { formatSeconds } from './log-format';

interface OrderAuditTableProps {
  readonly entries: readonly OrderAuditEntry[];
  readonly onPick: (event: StoredEvent) => void;
}

/** One row per order event: version, time, event (selects it), the state after, what changed. */
export function OrderAuditTable({ entries, onPick }: OrderAuditTableProps) {
  return (
    <table className="log-audit">
      <caption className="visually-hidden">Order events with the order's state after each</caption>
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">Time (s)</th>
          <th scope="col">Event</th>
          <th scope="col">State after</th>
          <th scope="col">Changed</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(({ event, stateAfter, changed }, index) => (
          <tr key={event.id}>
            <td className="log-audit__number">{event.streamVersion}</td>
            <td className="log-audit__number">{formatSeconds(event.time)}</td>
            <td>
              <button type="button" className="log-link" onClick={() => onPick(event)}>
                {event.type}
              </button>
            </td>
            <td>{describeState(stateAfter)}</td>
            <td>{describeChange(index, changed)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The fields an event changed; the first one brings the whole order into being. */
function describeChange(index: number, changed: readonly string[]): string {
  if (changed.length === 0) return '—';
  return index === 0 && changed.includes('orderId') ? 'order created' : changed.join(', ');
}

/** `confirmed · total 162.00` (totals are stored in minor units). */
function describeState(state: OrderState): string {
  if (state.status === 'none') return 'none';
  const parts = [state.status, `total ${(state.total / 100).toFixed(2)}`];
  if (state.trackingNumber) parts.push(`tracking ${state.trackingNumber}`);
  if (state.cancelReason) parts.push(`reason: ${state.cancelReason}`);
  return parts.join(' · ');
}
