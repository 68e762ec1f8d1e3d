import type { ProjectionView } from '../projections/projection';
import { WrongProjectionError } from './cqrs-errors';

/**
 * The query types a read side knows: for each, the model of the projection that answers it, its
 * params (plain data) and its result.
 */
export type QueryCatalog = Record<
  string,
  { readonly model: unknown; readonly params: unknown; readonly result: unknown }
>;

/** A question for the read side: `type` names its handler, `params` is plain data. */
export interface Query<TType extends string = string, TParams = unknown> {
  readonly type: TType;
  readonly params: TParams;
}

/**
 * Answers one query type from the model of the projection named `projection`. `read` must copy
 * what it returns out of the model: the model is mutated in place by later events, and a caller
 * holding an answer must keep seeing the state it asked about.
 */
export interface QueryHandler<TModel, TParams, TResult> {
  readonly projection: string;
  readonly read: (model: TModel, params: TParams) => TResult;
}

/** One handler per query type of a catalog. */
export type QueryHandlers<TCatalog extends QueryCatalog> = {
  readonly [TType in keyof TCatalog]: QueryHandler<
    TCatalog[TType]['model'],
    TCatalog[TType]['params'],
    TCatalog[TType]['result']
  >;
};

/**
 * Answers `query` from `view`, as of the view's checkpoint. The view must be of the projection
 * the query's handler reads (WrongProjectionError otherwise): that check is what makes reading
 * its model as the handler's model type sound.
 */
export function askQuery<TCatalog extends QueryCatalog, TType extends keyof TCatalog & string>(
  handlers: QueryHandlers<TCatalog>,
  query: Query<TType, TCatalog[TType]['params']>,
  view: ProjectionView<unknown>,
): TCatalog[TType]['result'] {
  const handler = handlers[query.type];
  if (view.name !== handler.projection) {
    throw new WrongProjectionError(query.type, handler.projection, view.name);
  }
  return handler.read(view.model as TCatalog[TType]['model'], query.params);
}
