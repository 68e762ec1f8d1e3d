import type { NodeTypes } from '@xyflow/react';
import { type ComponentKindId, componentKinds } from '../../state/component-kinds';
import { ComponentNode } from './nodes/ComponentNode';

/**
 * One node type per component kind, defined at module scope so React Flow never sees a new
 * object (which would remount every node). All kinds share one memoised renderer for now.
 */
export const nodeTypes = Object.fromEntries(
  componentKinds.map((kind) => [kind.id, ComponentNode]),
) as Record<ComponentKindId, typeof ComponentNode> satisfies NodeTypes;
