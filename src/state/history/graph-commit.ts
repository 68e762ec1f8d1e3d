import type { Edge } from '@xyflow/react';
import type { EventfoldState } from '../eventfold-state';
import type { CanvasNode } from '../graph/canvas-node';
import { recordEdit } from './graph-history';

type GetState = () => EventfoldState;
type SetState = (partial: Partial<EventfoldState>) => void;

/**
 * Applies a graph edit and records the graph before it as one undo step (merged with the
 * previous step when `key` repeats it: the keystrokes of one name, one field's edits).
 */
export function commitGraphEdit(
  get: GetState,
  set: SetState,
  next: { nodes?: CanvasNode[]; edges?: Edge[] },
  key: string | null = null,
): void {
  const state = get();
  set({
    nodes: next.nodes ?? state.nodes,
    edges: next.edges ?? state.edges,
    history: recordEdit(state.history, { nodes: state.nodes, edges: state.edges }, key),
  });
}

/** Key of removals: React Flow removes a node's edges and the node in two calls of one task. */
export const removalKey = 'remove';

/**
 * Records a removal so that the edge and node removals of one Delete press are one undo step,
 * while the next Delete (a later task) is a step of its own.
 */
export function commitRemoval(
  get: GetState,
  set: SetState,
  next: { nodes?: CanvasNode[]; edges?: Edge[] },
): void {
  commitGraphEdit(get, set, next, removalKey);
  queueMicrotask(() => {
    const { history } = get();
    if (history.lastKey === removalKey) set({ history: { ...history, lastKey: null } });
  });
}
