import type { Edge } from '@xyflow/react';
import type { CanvasNode } from '../graph/canvas-node';
import type { ScenarioMeta } from '../graph/scenario-mapping';

/** The drawn architecture at one moment: what undo brings back (never selection or metrics). */
export interface GraphSnapshot {
  readonly nodes: readonly CanvasNode[];
  readonly edges: readonly Edge[];
  /**
   * Set on the step of a whole scenario replaced (New, Load example, an import, a share link):
   * its name, description, scheduled faults and seed come back with its graph.
   */
  readonly scenario?: { readonly meta: ScenarioMeta; readonly seed: number };
}

/**
 * Undo and redo stacks of graph snapshots. Updates are immutable, so a snapshot is just the
 * arrays as they were: nothing is copied. `lastKey` names the last recorded edit so a run of
 * the same edit (typing a name, a drag) becomes one step; `dragOrigin` is the graph before the
 * drag in progress, recorded once the drag ends.
 */
export interface GraphHistory {
  readonly past: readonly GraphSnapshot[];
  readonly future: readonly GraphSnapshot[];
  readonly lastKey: string | null;
  readonly dragOrigin: GraphSnapshot | null;
}

/** How many steps back people can go; older ones are dropped. */
export const historyLimit = 100;

export const emptyHistory: GraphHistory = { past: [], future: [], lastKey: null, dragOrigin: null };

/**
 * Records `before` as an undo step and clears redo. With a `key` equal to the last one the step
 * is merged into it (the earlier snapshot stays, so one undo reverts the whole run of edits).
 */
export function recordEdit(
  history: GraphHistory,
  before: GraphSnapshot,
  key: string | null = null,
): GraphHistory {
  if (key !== null && key === history.lastKey) return { ...history, future: [] };
  const past = [...history.past, before].slice(-historyLimit);
  return { past, future: [], lastKey: key, dragOrigin: null };
}

/**
 * Records the scenario that another one replaces as one undo step. An empty canvas is not a
 * step (nothing to bring back: the page's first scenario, a restore), and the history before
 * it stays.
 */
export function recordReplacement(history: GraphHistory, replaced: GraphSnapshot): GraphHistory {
  return replaced.nodes.length === 0 ? history : recordEdit(history, replaced);
}

/** Steps back: the snapshot to restore and the history after it, or null with nothing to undo. */
export function undoEdit(
  history: GraphHistory,
  current: GraphSnapshot,
): { history: GraphHistory; restore: GraphSnapshot } | null {
  const restore = history.past.at(-1);
  if (!restore) return null;
  return {
    restore,
    history: {
      past: history.past.slice(0, -1),
      future: [...history.future, current],
      lastKey: null,
      dragOrigin: null,
    },
  };
}

/** Steps forward again after an undo, or null with nothing to redo. */
export function redoEdit(
  history: GraphHistory,
  current: GraphSnapshot,
): { history: GraphHistory; restore: GraphSnapshot } | null {
  const restore = history.future.at(-1);
  if (!restore) return null;
  return {
    restore,
    history: {
      past: [...history.past, current].slice(-historyLimit),
      future: history.future.slice(0, -1),
      lastKey: null,
      dragOrigin: null,
    },
  };
}

/**
 * The graph of `snapshot` with today's selection and measured sizes: undo changes what is
 * drawn, not what is selected. Unchanged nodes keep their object, so they do not re-render.
 */
export function restoreSnapshot(current: GraphSnapshot, snapshot: GraphSnapshot): GraphSnapshot {
  const currentNodes = new Map(current.nodes.map((node) => [node.id, node]));
  const currentEdges = new Map(current.edges.map((edge) => [edge.id, edge]));
  const nodes = snapshot.nodes.map((node): CanvasNode => {
    const now = currentNodes.get(node.id);
    if (now && now.data === node.data && now.position === node.position) return now;
    const { dragging: _dragging, ...rest } = node;
    return { ...rest, selected: now?.selected ?? false, measured: now?.measured ?? node.measured };
  });
  const edges = snapshot.edges.map((edge): Edge => {
    const now = currentEdges.get(edge.id);
    if (now && now.source === edge.source && now.target === edge.target) return now;
    return { ...edge, selected: false };
  });
  return { nodes, edges };
}
