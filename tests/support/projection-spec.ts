import { CheckpointedProjection } from '../../src/core/projections/checkpointed-projection';
import type { Projection } from '../../src/core/projections/projection';
import { type HistoryEntry, storedHistory } from './stored-history';

/**
 * Given/when/then for projections: `projectionSpec(p).given(history)` applies a hand-written log
 * (positions 1..n) and returns the running projection, whose `model` and `checkpoint` specs read.
 */
export function projectionSpec<TModel>(projection: Projection<TModel>) {
  return {
    given: (history: readonly (HistoryEntry | HistoryEntry['event'])[]) => {
      const running = new CheckpointedProjection(projection);
      const entries = history.map((item) => ('event' in item ? item : { event: item }));
      for (const event of storedHistory(entries)) running.apply(event);
      return running;
    },
  };
}
