import { useEffect, useState } from 'react';
import type { StoredEvent } from '../../core/messages/event';
import { type OrderAuditEntry, orderAudit } from '../../sim/analysis/order-audit';
import type { EventLogSource } from '../../state/log/event-log-source';
import { OrderAuditTable } from './OrderAuditTable';
import { orderStreamOf } from './order-stream';
import { useThrottled } from './useThrottled';

interface OrderAuditPaneProps {
  readonly source: EventLogSource;
  readonly orderId: string;
  readonly head: number;
  readonly onPick: (event: StoredEvent) => void;
  readonly onClose: () => void;
}

type AuditState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly entries: readonly OrderAuditEntry[] }
  | { readonly status: 'failed'; readonly message: string };

/** An order's history: its stream's events in order, each with the order's state after it. */
export function OrderAuditPane({ source, orderId, head, onPick, onClose }: OrderAuditPaneProps) {
  const streamId = orderStreamOf(orderId);
  const [state, setState] = useState<AuditState>({ status: 'loading' });
  // A running log moves the head many times a second; the history is re-read at most twice.
  const refreshAt = useThrottled(head, 500);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `refreshAt` only triggers a fresh read.
  useEffect(() => {
    let current = true;
    source.readStream(streamId).then(
      (events) => current && setState({ status: 'ready', entries: orderAudit(events) }),
      (error: unknown) =>
        current &&
        setState({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      current = false;
    };
  }, [source, streamId, refreshAt]);

  return (
    <aside className="log-side" aria-label="Order history">
      <header className="log-side__header">
        <h3 className="log-side__title">Order {orderId}</h3>
        <span className="log-side__meta">stream {streamId}</span>
        <button type="button" className="log-button" onClick={onClose}>
          Close history
        </button>
      </header>
      {state.status === 'loading' && <p className="log-detail__note">Reading the order…</p>}
      {state.status === 'failed' && (
        <p className="log-error" role="alert">
          Could not read order {orderId}: {state.message}
        </p>
      )}
      {state.status === 'ready' &&
        (state.entries.length === 0 ? (
          <p className="log-detail__note" role="status">
            No order "{orderId}" in the stored log: stream {streamId} has no events. Order ids look
            like o-12.
          </p>
        ) : (
          <OrderAuditTable entries={state.entries} onPick={onPick} />
        ))}
    </aside>
  );
}
