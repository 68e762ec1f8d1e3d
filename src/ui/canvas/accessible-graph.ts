import type { Edge } from '@xyflow/react';
import { useMemo } from 'react';
import { componentKindInfo } from '../../sim/scenario/component-kinds';
import type { CanvasNode } from '../../state/graph/canvas-node';

/** What a screen reader says for a node: its name, and its kind when the name is not the kind. */
export function nodeAccessibleName(node: CanvasNode): string {
  const kind = componentKindInfo[node.data.kind].label;
  return node.data.name === kind ? kind : `${node.data.name} (${kind})`;
}

/** What a screen reader says for an edge: both ends by name (React Flow's default uses ids). */
export function edgeAccessibleName(edge: Edge, names: ReadonlyMap<string, string>): string {
  const from = names.get(edge.source) ?? edge.source;
  const to = names.get(edge.target) ?? edge.target;
  return `Connection from ${from} to ${to}`;
}

// Keyed by the store's objects, so an unchanged node or edge keeps its labelled copy: React Flow
// compares node objects by identity, and a fresh copy would re-render every node on each change.
const labelledNodes = new WeakMap<CanvasNode, CanvasNode>();
const labelledEdges = new WeakMap<Edge, Edge>();

function labelNode(node: CanvasNode): CanvasNode {
  const cached = labelledNodes.get(node);
  if (cached) return cached;
  const labelled = { ...node, ariaLabel: nodeAccessibleName(node) };
  labelledNodes.set(node, labelled);
  return labelled;
}

function labelEdge(edge: Edge, names: ReadonlyMap<string, string>): Edge {
  const ariaLabel = edgeAccessibleName(edge, names);
  const cached = labelledEdges.get(edge);
  // A renamed end changes the label without changing the edge object.
  if (cached?.ariaLabel === ariaLabel) return cached;
  const labelled = { ...edge, ariaLabel };
  labelledEdges.set(edge, labelled);
  return labelled;
}

/**
 * The store's graph with accessible names on nodes and edges (React Flow renders them as
 * focusable groups; without `ariaLabel` a node has no name and an edge is named by ids).
 */
export function useAccessibleGraph(
  nodes: CanvasNode[],
  edges: Edge[],
): { nodes: CanvasNode[]; edges: Edge[] } {
  const labelled = useMemo(() => nodes.map(labelNode), [nodes]);
  const labelledEdgeList = useMemo(() => {
    const names = new Map(nodes.map((node) => [node.id, node.data.name]));
    return edges.map((edge) => labelEdge(edge, names));
  }, [nodes, edges]);
  return { nodes: labelled, edges: labelledEdgeList };
}
