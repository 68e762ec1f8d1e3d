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

/**
 * Events to select in the Event log when it is opened from elsewhere (a warning): the one to
 * scroll to and open, and every one to select. The others go by id: their positions are not
 * known without reading the log, and a row knows its event's id once it is drawn.
 */
export interface EventLogFocus {
  readonly position: number;
  readonly eventIds: readonly string[];
}

/** A warning's events, the revealing one opened: the events themselves, not their whole flow. */
export function warningLogFocus(warning: {
  readonly position: number;
  readonly eventIds: readonly string[];
}): EventLogFocus {
  return { position: warning.position, eventIds: warning.eventIds };
}
