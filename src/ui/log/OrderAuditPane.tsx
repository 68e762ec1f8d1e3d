import { orderAudit } from '../../sim/analysis/order-audit';
import { LogSidePane, type LogSidePaneInputs } from './LogSidePane';
import { OrderAuditTable } from './OrderAuditTable';
import { orderStreamOf } from './order-stream';
import { useLogRead } from './useLogRead';
import { useThrottled } from './useThrottled';

interface OrderAuditPaneProps extends LogSidePaneInputs {
  readonly orderId: string;
}

/** An order's history: its stream's events in order, each with the order's state after it. */
export function OrderAuditPane({ source, orderId, head, onPick, onClose }: OrderAuditPaneProps) {
  const streamId = orderStreamOf(orderId);
  // A running log moves the head many times a second; the history is re-read at most twice.
  const refreshAt = useThrottled(head, 500);
  const state = useLogRead(
    () => source.readStream(streamId).then(orderAudit),
    [source, streamId, refreshAt],
  );

  return (
    <LogSidePane
      label="Order history"
      title={`Order ${orderId}`}
      meta={`stream ${streamId}`}
      closeLabel="Close history"
      onClose={onClose}
    >
      {state.status === 'loading' && <p className="log-detail__note">Reading the order…</p>}
      {state.status === 'failed' && (
        <p className="log-error" role="alert">
          Could not read order {orderId}: {state.message}
        </p>
      )}
      {state.status === 'ready' &&
        (state.value.length === 0 ? (
          <p className="log-detail__note" role="status">
            No order "{orderId}" in the stored log: stream {streamId} has no events. Order ids look
            like o-12.
          </p>
        ) : (
          <OrderAuditTable entries={state.value} onPick={onPick} />
        ))}
    </LogSidePane>
  );
}
