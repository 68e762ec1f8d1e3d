import { nominalNodeSize } from './geometry';

/** What the Tab order needs of a node: its id and where it sits. */
export interface PlacedNode {
  readonly id: string;
  readonly position: { readonly x: number; readonly y: number };
}

/** What it needs of an edge: its id and its ends. */
export interface LinkedEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

/** One Tab stop of the graph. */
export interface GraphStop {
  readonly kind: 'node' | 'edge';
  readonly id: string;
}

// Nodes whose left edges are closer than half a node's width read as one column.
const columnTolerance = nominalNodeSize.width / 2;

/**
 * The nodes in reading order for a diagram that flows left to right: column by column, each
 * column top to bottom (the order events travel, producer first).
 */
export function readingOrder(nodes: readonly PlacedNode[]): PlacedNode[] {
  const byX = [...nodes].sort((a, b) => a.position.x - b.position.x || a.position.y - b.position.y);
  const columns: PlacedNode[][] = [];
  let columnX = Number.NEGATIVE_INFINITY;
  for (const node of byX) {
    const column = columns.at(-1);
    if (column && node.position.x - columnX < columnTolerance) column.push(node);
    else {
      columns.push([node]);
      columnX = node.position.x;
    }
  }
  return columns.flatMap((column) => column.sort((a, b) => a.position.y - b.position.y));
}

/**
 * The graph's Tab sequence: every node in reading order, then every edge, ordered by where its
 * source and then its target come in that order (so each node's connections read together).
 */
export function graphTabSequence(
  nodes: readonly PlacedNode[],
  edges: readonly LinkedEdge[],
): GraphStop[] {
  const ordered = readingOrder(nodes);
  const rank = new Map(ordered.map((node, index) => [node.id, index]));
  const rankOf = (id: string) => rank.get(id) ?? ordered.length;
  const sortedEdges = [...edges].sort(
    (a, b) => rankOf(a.source) - rankOf(b.source) || rankOf(a.target) - rankOf(b.target),
  );
  return [
    ...ordered.map((node): GraphStop => ({ kind: 'node', id: node.id })),
    ...sortedEdges.map((edge): GraphStop => ({ kind: 'edge', id: edge.id })),
  ];
}
