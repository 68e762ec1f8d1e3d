/**
 * How fresh an answer must be.
 * - `'eventual'`: answer from the projection as it is; the answer says which position it reflects.
 * - `{ minPosition }`: read-your-writes; the projection must have applied `minPosition` (for
 *   instance the position of the caller's own last append). If it has not, `whenStale` decides:
 *   `'fail'` (default) answers StaleReadError; `'flag'` answers anyway with `stale: true`;
 *   `'wait'` runs the bus's catch-up hook once, then answers fresh or fails.
 */
export type ReadConsistency =
  | 'eventual'
  | { readonly minPosition: number; readonly whenStale?: 'fail' | 'flag' | 'wait' };

/** A question for the read side. `params` is plain data; `type` names the handler. */
export interface Query<TType extends string = string, TParams = unknown> {
  readonly type: TType;
  readonly params: TParams;
  /** Default `'eventual'`. */
  readonly consistency?: ReadConsistency;
}

/** An answer and the projection position it reflects. */
export interface QueryAnswer<T> {
  readonly data: T;
  /** The checkpoint of the projection that answered, when it answered. */
  readonly position: number;
  /** True only for a `'flag'` read whose projection had not reached `minPosition`. */
  readonly stale: boolean;
}

/** The query types a bus knows, each with its params and result. */
export type QueryCatalog = Record<string, { readonly params: unknown; readonly result: unknown }>;

/** Running totals, so a simulator can chart stale reads. */
export interface QueryCounters {
  readonly queries: number;
  /** Reads that did not reach their `minPosition` (answered flagged or refused). */
  readonly staleReads: number;
  /** Reads that ran the catch-up hook. */
  readonly waits: number;
}
