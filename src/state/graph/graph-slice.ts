import {
  addEdge,
  applyEdgeChanges,
  applyNodeChanges,
  type Edge,
  type OnConnect,
  type OnEdgesChange,
  type OnNodesChange,
} from '@xyflow/react';
import { type ComponentKindId, componentKindById } from '../component-kinds';
import type { SliceCreator } from '../eventfold-state';
import type { CanvasNode, FlowPoint } from './canvas-node';
import { freePosition, nextNodeId, nextNodeName } from './naming';
import { newComponentData } from './scenario-mapping';

/** The architecture drawn on the canvas: components and the connections between them. */
export interface GraphSlice {
  nodes: CanvasNode[];
  edges: Edge[];
  onNodesChange: OnNodesChange<CanvasNode>;
  onEdgesChange: OnEdgesChange;
  onConnect: OnConnect;
  /** Adds a component of `kind` at `position` (nudged off any node there); returns its id. */
  addComponent: (kind: ComponentKindId, position: FlowPoint) => string;
}

export const createGraphSlice: SliceCreator<GraphSlice> = (set, get) => ({
  nodes: [],
  edges: [],
  onNodesChange: (changes) => set({ nodes: applyNodeChanges(changes, get().nodes) }),
  onEdgesChange: (changes) => set({ edges: applyEdgeChanges(changes, get().edges) }),
  // Connection rules (a producer cannot feed a projection...) arrive with the simulation model.
  onConnect: (connection) => set({ edges: addEdge(connection, get().edges) }),
  addComponent: (kindId, position) => {
    const kind = componentKindById(kindId);
    const { nodes } = get();
    const node: CanvasNode = {
      id: nextNodeId(kind, nodes),
      type: kindId,
      position: freePosition(position, nodes),
      data: newComponentData(kindId, nextNodeName(kind, nodes)),
    };
    set({ nodes: [...nodes, node] });
    return node.id;
  },
});
