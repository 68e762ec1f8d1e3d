import { type Staleness, stalenessOf } from '../../core/cqrs/read-consistency';
import type { OrderView } from '../../core/projections/order-list-projection';
import type { OrderQueryType } from '../../core/projections/order-queries';
import type { OrderStatistics } from '../../core/projections/order-statistics-queries';

/** The read-side questions the engine host answers from its Projection components. */
export type HostQueryKind = OrderQueryType;

/** A query for the engine's projections (plain data: it crosses the worker boundary). */
export interface HostQueryRequest {
  /** Chosen by the caller; the answer carries it back. */
  readonly requestId: string;
  /** The Projection component to read; omitted: the first one that keeps the right model. */
  readonly projectionId?: string;
  readonly query: HostQueryKind;
  readonly params: { readonly orderId?: string; readonly userId?: string };
  /**
   * Wait (in virtual time, bounded) until the projection has applied the latest write the query
   * depends on; off: answer at once and flag a stale answer.
   */
  readonly readYourWrites?: boolean;
}

/** What a query found: one order, a list of orders (capped), or the order statistics. */
export type HostQueryResult =
  | { readonly kind: 'order'; readonly order: OrderView | null }
  | {
      readonly kind: 'orders';
      readonly orders: readonly OrderView[];
      /** How many orders matched; `orders` holds at most the first few hundred. */
      readonly total: number;
    }
  | { readonly kind: 'statistics'; readonly statistics: OrderStatistics };

/**
 * The answer to a HostQueryRequest, delivered in a snapshot's `queryAnswer`, with how stale it
 * was (the projection's checkpoint against the write it depends on and the log head).
 */
export interface HostQueryAnswer extends Staleness {
  readonly requestId: string;
  readonly query: HostQueryKind;
  /** Null when the query could not be answered (see `error`). */
  readonly result: HostQueryResult | null;
  /** The Projection component that answered (null when none could). */
  readonly projectionId: string | null;
  /** Virtual ms the host waited for the projection (read-your-writes). */
  readonly waitedMs: number;
  /** Why the answer may mislead (stale after a wait, paused, projection down), else null. */
  readonly note: string | null;
  /** Why there is no result (bad parameters, no such projection, nothing loaded), else null. */
  readonly error: string | null;
}

/** An answer that carries only the reason the query could not be answered. */
export function failedAnswer(
  request: Pick<HostQueryRequest, 'requestId' | 'query'>,
  error: string,
): HostQueryAnswer {
  return {
    requestId: request.requestId,
    query: request.query,
    result: null,
    projectionId: null,
    ...stalenessOf(0, 0, 0),
    waitedMs: 0,
    note: null,
    error,
  };
}
