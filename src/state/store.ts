import { create } from 'zustand';
import { createEngineSlice } from './engine/engine-slice';
import type { EventfoldState } from './eventfold-state';
import { createGraphSlice } from './graph/graph-slice';
import { createRunSlice } from './run/run-slice';
import { createSelectionSlice } from './selection/selection-slice';
import { createUiSlice } from './ui/ui-slice';

/** The app's one bound store. Read it with the narrow selectors in ./selectors. */
export const useEventfoldStore = create<EventfoldState>()((...args) => ({
  ...createGraphSlice(...args),
  ...createSelectionSlice(...args),
  ...createUiSlice(...args),
  ...createRunSlice(...args),
  ...createEngineSlice(...args),
}));
