import {
  applyEdgeChanges,
  applyNodeChanges,
  type Edge,
  type IsValidConnection,
  type OnConnect,
  type OnEdgesChange,
  type OnNodesChange,
} from '@xyflow/react';
import type { ComponentKind } from '../../sim/scenario/component-kinds';
import type { SliceCreator } from '../eventfold-state';
import { commitGraphEdit, commitRemoval } from '../history/graph-commit';
import { emptyHistory, recordEdit } from '../history/graph-history';
import { createHistorySlice, type HistorySlice } from '../history/history-slice';
import type { CanvasNode, FlowPoint } from './canvas-node';
import { type ComponentEditSlice, createComponentEditSlice } from './component-edit-slice';
import { checkGraphConnection, nextEdgeId } from './connection-check';
import { freePosition, nextNodeId, nextNodeName } from './naming';
import { nodesMoved } from './node-moves';
import { newComponentData } from './scenario-mapping';

/** A message about the graph people must see (a refused connection); `id` tells repeats apart. */
export interface GraphNotice {
  readonly id: number;
  readonly text: string;
}

/** The canvas's components and connections, how they change, and their edit history. */
export interface GraphStructureSlice {
  nodes: CanvasNode[];
  edges: Edge[];
  onNodesChange: OnNodesChange<CanvasNode>;
  onEdgesChange: OnEdgesChange;
  /** Adds the connection if the rules allow it; otherwise sets `connectionNotice` with why. */
  onConnect: OnConnect;
  /** React Flow's drag feedback: whether a target would accept the connection. */
  isValidConnection: IsValidConnection;
  /** Adds a component of `kind` at `position` (nudged off any node there); returns its id. */
  addComponent: (kind: ComponentKind, position: FlowPoint) => string;
  /** Replaces the whole graph (a loaded scenario) and forgets the undo history. */
  replaceGraph: (nodes: CanvasNode[], edges: Edge[]) => void;
  /** Why the last connection was refused, until dismissed or a connection succeeds. */
  connectionNotice: GraphNotice | null;
  setConnectionNotice: (text: string) => void;
  clearConnectionNotice: () => void;
}

export type GraphSlice = GraphStructureSlice & ComponentEditSlice & HistorySlice;

const createGraphStructureSlice: SliceCreator<GraphStructureSlice> = (set, get) => ({
  nodes: [],
  edges: [],
  onNodesChange: (changes) => {
    const state = get();
    const nodes = applyNodeChanges(changes, state.nodes);
    const removed = new Set(
      changes.flatMap((change) => (change.type === 'remove' ? [change.id] : [])),
    );
    if (removed.size > 0) {
      // A removed component takes its connections with it, whoever asked for the removal.
      const edges = state.edges.filter(
        (edge) => !removed.has(edge.source) && !removed.has(edge.target),
      );
      commitRemoval(get, set, { nodes, edges });
      return;
    }
    const { history } = state;
    const moves = changes.filter((change) => change.type === 'position');
    if (moves.length === 0) {
      set({ nodes }); // selection and measured sizes are not history
      return;
    }
    const before = history.dragOrigin ?? { nodes: state.nodes, edges: state.edges };
    if (moves.some((change) => change.dragging)) {
      // Drag frames are not history: remember the graph before the drag, record at its end.
      set({ nodes, history: history.dragOrigin ? history : { ...history, dragOrigin: before } });
      return;
    }
    // A drag ended (or a keyboard move): one step back to where the nodes were before it.
    set({
      nodes,
      history: nodesMoved(before.nodes, nodes)
        ? recordEdit(history, before)
        : { ...history, dragOrigin: null },
    });
  },
  onEdgesChange: (changes) => {
    const { edges } = get();
    const next = applyEdgeChanges(changes, edges);
    const removes = changes.some(
      (change) => change.type === 'remove' && edges.some((edge) => edge.id === change.id),
    );
    if (removes) commitRemoval(get, set, { edges: next });
    else set({ edges: next });
  },
  onConnect: (connection) => {
    const { nodes, edges, history, setConnectionNotice } = get();
    const verdict = checkGraphConnection(nodes, edges, connection);
    if (!verdict.ok) {
      setConnectionNotice(verdict.reason);
      return;
    }
    const { source, target } = connection;
    const edge: Edge = { id: nextEdgeId(source, target, edges), source, target };
    set({
      edges: [...edges, edge],
      history: recordEdit(history, { nodes, edges }),
      connectionNotice: null,
    });
  },
  isValidConnection: (connection) => {
    const { nodes, edges } = get();
    return checkGraphConnection(nodes, edges, connection).ok;
  },
  addComponent: (kind, position) => {
    const { nodes } = get();
    const node: CanvasNode = {
      id: nextNodeId(kind, nodes),
      type: kind,
      position: freePosition(position, nodes),
      data: newComponentData(kind, nextNodeName(kind, nodes)),
    };
    commitGraphEdit(get, set, { nodes: [...nodes, node] });
    return node.id;
  },
  replaceGraph: (nodes, edges) => set({ nodes, edges, history: emptyHistory }),
  connectionNotice: null,
  setConnectionNotice: (text) =>
    set({ connectionNotice: { id: (get().connectionNotice?.id ?? 0) + 1, text } }),
  clearConnectionNotice: () => set({ connectionNotice: null }),
});

/** The graph slice: structure, inspector edits and undo/redo, composed as one. */
export const createGraphSlice: SliceCreator<GraphSlice> = (...args) => ({
  ...createGraphStructureSlice(...args),
  ...createComponentEditSlice(...args),
  ...createHistorySlice(...args),
});
