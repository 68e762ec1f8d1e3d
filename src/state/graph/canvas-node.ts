import type { Node } from '@xyflow/react';
import type { ComponentFaults } from '../../sim/scenario/component-configs';
import type { ComponentConfigs, ComponentKind } from '../../sim/scenario/component-kinds';

/**
 * What a canvas node of kind `K` carries: which component it is, the name people see, its
 * configuration (always valid for its kind: every edit is validated) and its configured faults.
 * The scenario's component (`ScenarioComponent` in sim/scenario/scenario-schema.ts) less the id
 * and position, which the node holds itself.
 *
 * Without `K` it is the union over all kinds, so checking `data.kind` narrows `data.config` to
 * that kind's config type. Written as a mapped type indexed by `K` so that generic code over one
 * kind (`withConfig`) keeps the kind and its config tied together.
 */
export type ComponentNodeData<K extends ComponentKind = ComponentKind> = {
  [Kind in K]: {
    kind: Kind;
    name: string;
    config: ComponentConfigs[Kind];
    faults: ComponentFaults;
  };
}[K];

/** A React Flow node whose `type` is its component kind, so each kind can render its own way. */
export type CanvasNode = Node<ComponentNodeData, ComponentKind>;

/** Node data with its configuration replaced by another of the same kind. */
export function withConfig<K extends ComponentKind>(
  data: ComponentNodeData<K>,
  config: ComponentConfigs[K],
): ComponentNodeData<K> {
  return { ...data, config };
}

/** A point in flow coordinates. */
export interface FlowPoint {
  x: number;
  y: number;
}
