import type { EventFilter } from '../../sim/analysis/event-filter';
import type { LaneFilter } from '../../sim/analysis/saga-timeline';
import type { SliceCreator } from '../eventfold-state';
import type { EventLogFocus } from './log-focus';
import { SagaTimelineModel } from './saga-timeline-model';

/** How much virtual time the timeline shows: the whole run, or the last N seconds. */
export type TimelineZoom =
  | { readonly kind: 'fit' }
  | { readonly kind: 'follow'; readonly seconds: number };

/** The saga timeline: its lanes (outside the reactive state) and what the person chose to see. */
export interface TimelineSlice {
  /** The lanes of the current run, fed by the LogFollower; the object never changes. */
  sagaTimeline: SagaTimelineModel;
  sagaLaneFilter: LaneFilter;
  sagaTimelineZoom: TimelineZoom;
  setSagaLaneFilter: (filter: LaneFilter) => void;
  setSagaTimelineZoom: (zoom: TimelineZoom) => void;
  /**
   * Opens the Event log on `filter` (a bar's attempt, a warning's flow) and highlights
   * `componentIds` on the canvas (none given: the highlight is cleared).
   */
  showInEventLog: (filter: EventFilter, componentIds?: readonly string[]) => void;
  /** Events the Event log is to select when it next shows (null: none asked for). */
  eventLogFocus: EventLogFocus | null;
  /**
   * Opens the Event log on every event (no filter), selecting and scrolling to `focus`; with
   * `componentIds`, highlights them on the canvas (without, the highlight stays as it is).
   */
  selectInEventLog: (focus: EventLogFocus, componentIds?: readonly string[]) => void;
  /** The Event log took the focus: it is not applied again when the log is shown again. */
  takeEventLogFocus: () => void;
}

export const fitAllZoom: TimelineZoom = { kind: 'fit' };

export const createTimelineSlice: SliceCreator<TimelineSlice> = (set, get) => ({
  sagaTimeline: new SagaTimelineModel(),
  sagaLaneFilter: 'all',
  sagaTimelineZoom: fitAllZoom,
  setSagaLaneFilter: (sagaLaneFilter) => set({ sagaLaneFilter }),
  setSagaTimelineZoom: (sagaTimelineZoom) => set({ sagaTimelineZoom }),
  showInEventLog: (filter, componentIds = []) => {
    const state = get();
    state.setEventLogFilter(filter);
    state.setHighlightedComponents(componentIds);
    state.setActiveTab('event-log');
  },
  eventLogFocus: null,
  selectInEventLog: (focus, componentIds) => {
    const state = get();
    state.setEventLogFilter({});
    if (componentIds) state.setHighlightedComponents(componentIds);
    // A new object each time: pressing the same warning again selects and scrolls again.
    set({ eventLogFocus: { ...focus } });
    state.setActiveTab('event-log');
  },
  takeEventLogFocus: () => set({ eventLogFocus: null }),
});
