import type { ProjectionView } from '../projections/projection';
import { HandlerAlreadyRegisteredError, StaleReadError, UnknownQueryError } from './cqrs-errors';
import type { Query, QueryAnswer, QueryCatalog, QueryCounters } from './query';
import { err, ok, type Result } from './result';

/** Answers one query type from one projection; `read` must copy what it returns out of the model. */
export interface QueryHandler<TModel, TParams, TResult> {
  readonly projection: ProjectionView<TModel>;
  readonly read: (model: TModel, params: TParams) => TResult;
}

export interface QueryBusOptions {
  /** Brings projections up to at least `minPosition` (e.g. `() => manager.catchUp(store)`). */
  readonly catchUp?: (minPosition: number) => Promise<void>;
}

export type QueryError = StaleReadError | UnknownQueryError;

/** Routes queries to projection readers and enforces the requested consistency (CQRS read side). */
export class QueryBus<TCatalog extends QueryCatalog> {
  private readonly handlers = new Map<string, QueryHandler<unknown, unknown, unknown>>();
  private counts = { queries: 0, staleReads: 0, waits: 0 };

  constructor(private readonly options: QueryBusOptions = {}) {}

  /** Registers the reader for `type`; returns a function that unregisters it. */
  register<TType extends keyof TCatalog & string, TModel>(
    type: TType,
    handler: QueryHandler<TModel, TCatalog[TType]['params'], TCatalog[TType]['result']>,
  ): () => void {
    if (this.handlers.has(type)) throw new HandlerAlreadyRegisteredError('query', type);
    // Keyed by type, so a handler only ever receives params of its own query type.
    const stored = handler as unknown as QueryHandler<unknown, unknown, unknown>;
    this.handlers.set(type, stored);
    return () => {
      if (this.handlers.get(type) === stored) this.handlers.delete(type);
    };
  }

  /** Totals since the bus was made. */
  get counters(): QueryCounters {
    return { ...this.counts };
  }

  /** Answers `query` at the consistency it asks for. */
  async ask<TType extends keyof TCatalog & string>(
    query: Query<TType, TCatalog[TType]['params']>,
  ): Promise<Result<QueryAnswer<TCatalog[TType]['result']>, QueryError>> {
    this.counts.queries += 1;
    const handler = this.handlers.get(query.type);
    if (!handler) return err(new UnknownQueryError(query.type));
    const answer = (stale: boolean) =>
      ok({
        data: handler.read(handler.projection.model, query.params) as TCatalog[TType]['result'],
        position: handler.projection.checkpoint,
        stale,
      });
    const consistency = query.consistency ?? 'eventual';
    if (consistency === 'eventual') return answer(false);
    const { minPosition, whenStale = 'fail' } = consistency;
    if (handler.projection.checkpoint >= minPosition) return answer(false);
    if (whenStale === 'wait' && this.options.catchUp) {
      this.counts.waits += 1;
      await this.options.catchUp(minPosition);
      if (handler.projection.checkpoint >= minPosition) return answer(false);
    }
    this.counts.staleReads += 1;
    if (whenStale === 'flag') return answer(true);
    const waited = whenStale === 'wait' && this.options.catchUp !== undefined;
    const { name, checkpoint } = handler.projection;
    return err(new StaleReadError(query.type, name, checkpoint, minPosition, waited));
  }
}
