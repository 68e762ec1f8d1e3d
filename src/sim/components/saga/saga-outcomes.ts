import type { SagaStatus } from '../../../core/saga/order-saga-state';
import type { ComponentMetrics } from '../../metrics/component-metrics';

/** Metric names Simulation.summary sums: keep them as they are. */
const outcomeCounters: Partial<Record<SagaStatus, string>> = {
  completed: 'sagasCompleted',
  compensated: 'sagasCompensated',
  stuck: 'sagasStuck',
};

/** Counters every saga snapshot shows, zero until something happens. */
export const sagaCounters = [
  'sagasStarted',
  'sagasCompleted',
  'sagasCompensated',
  'sagasStuck',
  'sagasRunning',
  'compensationsRun',
  'stepRetries',
  'stepTimeouts',
] as const;

/**
 * Keeps the outcome counters equal to how many sagas are in each final status now. A late
 * success can reopen a compensated saga (it has one more step to undo), so a status left is
 * counted down again rather than double-counted when the saga finishes a second time.
 */
export function countOutcome(metrics: ComponentMetrics, before: SagaStatus, after: SagaStatus) {
  if (before === after) return;
  const left = outcomeCounters[before];
  if (left) {
    metrics.count(left, -1);
    metrics.count('sagasReopened');
  }
  const reached = outcomeCounters[after];
  if (reached) metrics.count(reached);
}

/** Sagas started and not (or no longer) in a final status. */
export function runningSagas(extra: Readonly<Record<string, number>>): number {
  const finished =
    (extra.sagasCompleted ?? 0) + (extra.sagasCompensated ?? 0) + (extra.sagasStuck ?? 0);
  return (extra.sagasStarted ?? 0) - finished;
}
