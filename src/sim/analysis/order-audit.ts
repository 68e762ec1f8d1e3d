import type { StoredEvent } from '../../core/messages/event';
import { orderDecider } from '../../core/order/order-decider';
import type { OrderState } from '../../core/order/order-state';
import { MixedStreamsError } from './analysis-errors';

/** One line of an order's audit trail: what happened and what the order looked like after it. */
export interface OrderAuditEntry {
  readonly event: StoredEvent;
  readonly stateAfter: OrderState;
  /** Fields of the state this event changed (`status`, `trackingNumber`, ...); [] when none. */
  readonly changed: readonly string[];
}

/**
 * Folds the events of one stream `order-<id>` with the Order decider's `evolve`, in stream
 * version order, keeping the state after each. An event the decider does not know (never
 * written by it, but possible in an imported log) is listed with the state unchanged.
 */
export function orderAudit(events: readonly StoredEvent[]): OrderAuditEntry[] {
  const first = events[0];
  if (!first) return [];
  for (const event of events) {
    if (event.streamId !== first.streamId)
      throw new MixedStreamsError(first.streamId, event.streamId);
  }
  const ordered = [...events].sort((a, b) => a.streamVersion - b.streamVersion);
  const entries: OrderAuditEntry[] = [];
  let state = orderDecider.initialState;
  for (const event of ordered) {
    const before = state;
    if (orderDecider.isEvent(event)) state = orderDecider.evolve(state, event);
    entries.push({ event, stateAfter: state, changed: changedFields(before, state) });
  }
  return entries;
}

/** The state an audit reached: the order as of its last event (`none` before `order.placed`). */
export function finalOrderState(audit: readonly OrderAuditEntry[]): OrderState {
  return audit.at(-1)?.stateAfter ?? orderDecider.initialState;
}

function changedFields(before: OrderState, after: OrderState): string[] {
  if (before === after) return [];
  const left = before as unknown as Record<string, unknown>;
  const right = after as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].filter((key) => left[key] !== right[key]);
}
