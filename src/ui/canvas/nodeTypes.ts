import type { NodeTypes } from '@xyflow/react';
import { type ComponentKind, componentKinds } from '../../sim/scenario/component-kinds';
import { ComponentNode } from './nodes/ComponentNode';

/**
 * One node type per component kind, defined at module scope so React Flow never sees a new
 * object (which would remount every node). All kinds share one memoised renderer for now.
 */
export const nodeTypes = Object.fromEntries(
  componentKinds.map((kind) => [kind, ComponentNode]),
) as Record<ComponentKind, typeof ComponentNode> satisfies NodeTypes;
