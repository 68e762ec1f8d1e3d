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
 * and moves (recorded when a drag ends). Selection and live metrics are not history.
 */
export interface HistorySlice {
  history: GraphHistory;
  undo: () => void;
  redo: () => void;
  /** Forgets every step (a new scenario was loaded or imported: undo must not cross it). */
  clearHistory: () => void;
}

type Step = (history: GraphHistory, current: GraphSnapshot) => ReturnType<typeof undoEdit>;

export const createHistorySlice: SliceCreator<HistorySlice> = (set, get) => {
  const move = (step: Step) => {
    const state = get();
    const current = { nodes: state.nodes, edges: state.edges };
    const result = step(state.history, current);
    if (!result) return;
    const restored = restoreSnapshot(current, result.restore);
    set({
      nodes: restored.nodes as CanvasNode[],
      edges: restored.edges as Edge[],
      history: result.history,
    });
    // Structural changes reach the engine through the run wiring (it reloads on them); live
    // settings of components that stay are sent here, as an edit in the inspector would.
    syncEngineWithGraph(state.engine, state.nodes, restored.nodes);
  };
  return {
    history: emptyHistory,
    undo: () => move(undoEdit),
    redo: () => move(redoEdit),
    clearHistory: () => set({ history: emptyHistory }),
  };
};
