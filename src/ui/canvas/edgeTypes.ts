import { type DefaultEdgeOptions, type EdgeTypes, MarkerType } from '@xyflow/react';
import { FlowEdge } from './edges/FlowEdge';

/**
 * Every connection draws as a FlowEdge: also under 'default', so edges from any source (a
 * scenario, a saved workspace, a drawn connection) animate without a type set on them. Module
 * scope, so React Flow never sees a new object.
 */
export const edgeTypes = { flow: FlowEdge, default: FlowEdge } satisfies EdgeTypes;

/** Arrows show which way messages go even when nothing moves. */
export const defaultEdgeOptions: DefaultEdgeOptions = {
  markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
};
