import { create } from 'zustand';
import { createChartsSlice } from './charts/charts-slice';
import { createDeadLettersSlice } from './dlq/dead-letters-slice';
import { createEngineSlice } from './engine/engine-slice';
import type { EventfoldState } from './eventfold-state';
import { createGraphSlice } from './graph/graph-slice';
import { createInvariantsSlice } from './invariants/invariants-slice';
import { createLiveSlice } from './live/live-slice';
import { createLogSourceSlice } from './log/log-source-slice';
import { createPersistenceSlice } from './persistence/persistence-slice';
import { createQueriesSlice } from './queries/queries-slice';
import { createRunSlice } from './run/run-slice';
import { createScenarioSlice } from './run/scenario-slice';
import { createSelectionSlice } from './selection/selection-slice';
import { createTimelineSlice } from './timeline/timeline-slice';
import { createTimeTravelSlice } from './timetravel/timetravel-slice';
import { createNoticesSlice } from './ui/notices-slice';
import { createUiSlice } from './ui/ui-slice';

/** The app's one bound store. Read it with the narrow selectors in ./selectors. */
export const useEventfoldStore = create<EventfoldState>()((...args) => ({
  ...createGraphSlice(...args),
  ...createSelectionSlice(...args),
  ...createUiSlice(...args),
  ...createNoticesSlice(...args),
  ...createRunSlice(...args),
  ...createScenarioSlice(...args),
  ...createLiveSlice(...args),
  ...createEngineSlice(...args),
  ...createPersistenceSlice(...args),
  ...createLogSourceSlice(...args),
  ...createChartsSlice(...args),
  ...createQueriesSlice(...args),
  ...createTimeTravelSlice(...args),
  ...createTimelineSlice(...args),
  ...createInvariantsSlice(...args),
  ...createDeadLettersSlice(...args),
}));
