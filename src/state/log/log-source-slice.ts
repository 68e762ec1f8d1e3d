import { InvalidEventFilterError } from '../../sim/analysis/analysis-errors';
import { type EventFilter, parseEventFilter } from '../../sim/analysis/event-filter';
import type { SliceCreator } from '../eventfold-state';
import type { EventLogSource } from './event-log-source';
import { LogFollower } from './log-follower';

/** The stored log the panels read, attached by the composition root (null until then). */
export interface LogSourceSlice {
  logSource: EventLogSource | null;
  attachLogSource: (source: EventLogSource | null) => void;
  /**
   * Follows the shown log (live events and the stored log) for every model derived from it;
   * the object never changes. The composition root attaches its sinks and keeps it following.
   */
  logFollower: LogFollower;
  /**
   * What the Event log shows: always a filter parseEventFilter accepted ({} = every event), so
   * an export of "what the log shows" can use it as is.
   */
  eventLogFilter: EventFilter;
  /** Normalises and stores the filter; throws InvalidEventFilterError for one parse refuses. */
  setEventLogFilter: (filter: EventFilter) => void;
  /** Component ids the canvas highlights: the path of the flow picked in the Event log. */
  highlightedComponents: readonly string[];
  setHighlightedComponents: (componentIds: readonly string[]) => void;
}

const noHighlight: readonly string[] = [];

export const createLogSourceSlice: SliceCreator<LogSourceSlice> = (set) => ({
  logSource: null,
  attachLogSource: (logSource) => set({ logSource }),
  logFollower: new LogFollower(),
  eventLogFilter: {},
  setEventLogFilter: (filter) => {
    const parsed = parseEventFilter(filter);
    if (!parsed.ok) throw new InvalidEventFilterError(parsed.errors);
    set({ eventLogFilter: parsed.filter });
  },
  highlightedComponents: noHighlight,
  setHighlightedComponents: (componentIds) =>
    set({ highlightedComponents: componentIds.length === 0 ? noHighlight : [...componentIds] }),
});
