import type { Edge } from '@xyflow/react';
import type { SliceCreator } from '../eventfold-state';
import type { CanvasNode } from '../graph/canvas-node';
import { syncEngineWithGraph } from './engine-sync';
import {
  emptyHistory,
  type GraphHistory,
  type GraphSnapshot,
  redoEdit,
  restoreSnapshot,
  undoEdit,
} from './graph-history';

/**
 * Undo and redo of graph edits: adding, removing, renaming, reconfiguring, faults, connecting
 * and moves (recorded when a drag ends), and of a whole scenario replaced (scenario-slice.ts).
 * Selection and live metrics are not history.
 */
export interface HistorySlice {
  history: GraphHistory;
  undo: () => void;
  redo: () => void;
  /** Forgets every step. */
  clearHistory: () => void;
}

type Step = (history: GraphHistory, current: GraphSnapshot) => ReturnType<typeof undoEdit>;

export const createHistorySlice: SliceCreator<HistorySlice> = (set, get) => {
  const move = (step: Step, next: (history: GraphHistory) => GraphSnapshot | undefined) => {
    const state = get();
    // Across a replaced scenario, the one shown now is kept whole too, so redo brings it back.
    const scenario = next(state.history)?.scenario
      ? { meta: state.scenarioMeta, seed: state.seed }
      : undefined;
    const current = { nodes: state.nodes, edges: state.edges, ...(scenario ? { scenario } : {}) };
    const result = step(state.history, current);
    if (!result) return;
    const restored = restoreSnapshot(current, result.restore);
    const back = result.restore.scenario;
    set({
      nodes: restored.nodes as CanvasNode[],
      edges: restored.edges as Edge[],
      history: result.history,
      ...(back ? { scenarioMeta: back.meta } : {}),
    });
    // The seed as a person would set it (the engine is told); the structural reload that
    // follows (run wiring) then runs the restored scenario with it.
    if (back && back.seed !== state.seed) get().setSeed(back.seed);
    // Structural changes reach the engine through the run wiring (it reloads on them); live
    // settings of components that stay are sent here, as an edit in the inspector would.
    syncEngineWithGraph(state.engine, state.nodes, restored.nodes);
  };
  return {
    history: emptyHistory,
    undo: () => move(undoEdit, (history) => history.past.at(-1)),
    redo: () => move(redoEdit, (history) => history.future.at(-1)),
    clearHistory: () => set({ history: emptyHistory }),
  };
};
