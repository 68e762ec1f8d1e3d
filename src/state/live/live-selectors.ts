import type { EventfoldState } from '../eventfold-state';
import type { LiveComponentMetrics } from './live-metrics';

/**
 * A component's live metrics, or undefined before the engine reported it. Returns the stored
 * object itself, which the live slice only replaces when that component's numbers change.
 */
export const selectComponentMetrics =
  (id: string) =>
  (state: EventfoldState): LiveComponentMetrics | undefined =>
    state.metricsById[id];
