import type { EventFilter } from '../../sim/analysis/event-filter';
import type { SagaBar, SagaLane } from '../../sim/analysis/saga-timeline';

/**
 * The Event log filter that shows one step attempt's saga events: its stream, and the payload
 * text the saga writes first in every step event (`"step":"x","attempt":n,`). The trailing
 * comma keeps attempt 1 from also matching attempt 10.
 */
export function barLogFilter(lane: SagaLane, bar: SagaBar): EventFilter {
  if (bar.attempt === 0) return { streamId: lane.streamId, text: `"step":"${bar.step}"` };
  return { streamId: lane.streamId, text: `"step":"${bar.step}","attempt":${bar.attempt},` };
}

/** The filter that shows the flow a warning was found in: its correlation, else its stream. */
export function warningLogFilter(warning: {
  readonly correlationId: string | null;
  readonly streamId: string;
}): EventFilter {
  return warning.correlationId !== null
    ? { correlationId: warning.correlationId }
    : { streamId: warning.streamId };
}
