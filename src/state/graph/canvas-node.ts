import type { Node } from '@xyflow/react';
import type { ComponentFaults } from '../../sim/scenario/component-configs';
import type { ComponentKindId } from '../component-kinds';

/**
 * What a canvas node carries: which component it is, the name people see, and its scenario
 * configuration and configured faults (validated against the kind's schema when run).
 */
export interface ComponentNodeData extends Record<string, unknown> {
  kind: ComponentKindId;
  name: string;
  config: Record<string, unknown>;
  faults: ComponentFaults;
}

/** A React Flow node whose `type` is its component kind, so each kind can render its own way. */
export type CanvasNode = Node<ComponentNodeData, ComponentKindId>;

/** A point in flow coordinates. */
export interface FlowPoint {
  x: number;
  y: number;
}
