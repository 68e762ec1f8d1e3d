import type { StateCreator } from 'zustand';
import type { ChartsSlice } from './charts/charts-slice';
import type { DeadLettersSlice } from './dlq/dead-letters-slice';
import type { EngineSlice } from './engine/engine-slice';
import type { GraphSlice } from './graph/graph-slice';
import type { InvariantsSlice } from './invariants/invariants-slice';
import type { LiveSlice } from './live/live-slice';
import type { LogSourceSlice } from './log/log-source-slice';
import type { PersistenceSlice } from './persistence/persistence-slice';
import type { QueriesSlice } from './queries/queries-slice';
import type { RunSlice } from './run/run-slice';
import type { ScenarioSlice } from './run/scenario-slice';
import type { SelectionSlice } from './selection/selection-slice';
import type { TimelineSlice } from './timeline/timeline-slice';
import type { TimeTravelSlice } from './timetravel/timetravel-slice';
import type { NoticesSlice } from './ui/notices-slice';
import type { UiSlice } from './ui/ui-slice';

/** The whole app state: one bound store composed from feature slices. */
export type EventfoldState = GraphSlice &
  SelectionSlice &
  UiSlice &
  NoticesSlice &
  RunSlice &
  ScenarioSlice &
  LiveSlice &
  EngineSlice &
  PersistenceSlice &
  LogSourceSlice &
  ChartsSlice &
  QueriesSlice &
  TimeTravelSlice &
  TimelineSlice &
  InvariantsSlice &
  DeadLettersSlice;

/** A slice creator that may read and write the whole state (cross-slice actions). */
export type SliceCreator<TSlice> = StateCreator<EventfoldState, [], [], TSlice>;
