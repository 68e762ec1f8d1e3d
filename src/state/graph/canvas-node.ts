import type { Node } from '@xyflow/react';
import type { ComponentKindId } from '../component-kinds';

/** What a canvas node carries: which component it is and the name people see. */
export interface ComponentNodeData extends Record<string, unknown> {
  kind: ComponentKindId;
  name: string;
}

/** A React Flow node whose `type` is its component kind, so each kind can render its own way. */
export type CanvasNode = Node<ComponentNodeData, ComponentKindId>;

/** A point in flow coordinates. */
export interface FlowPoint {
  x: number;
  y: number;
}
