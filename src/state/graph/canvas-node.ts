import type { Node } from '@xyflow/react';
import type { ComponentFaults } from '../../sim/scenario/component-configs';
import type { ComponentKind } from '../../sim/scenario/component-kinds';

/**
 * A node's configured faults: the scenario's fault settings plus an optional latency override
 * (ms). The scenario schema has no latency field yet, so that one lives on the canvas only.
 */
export type CanvasFaults = ComponentFaults & { latencyMs?: number };

/**
 * What a canvas node carries: which component it is, the name people see, and its scenario
 * configuration and configured faults (validated against the kind's schema when run).
 */
export interface ComponentNodeData extends Record<string, unknown> {
  kind: ComponentKind;
  name: string;
  config: Record<string, unknown>;
  faults: CanvasFaults;
}

/** A React Flow node whose `type` is its component kind, so each kind can render its own way. */
export type CanvasNode = Node<ComponentNodeData, ComponentKind>;

/** A point in flow coordinates. */
export interface FlowPoint {
  x: number;
  y: number;
}
