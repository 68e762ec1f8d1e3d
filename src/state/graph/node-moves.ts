import type { CanvasNode } from './canvas-node';

/** True when any node in `after` stands somewhere else than it did in `before`. */
export function nodesMoved(before: readonly CanvasNode[], after: readonly CanvasNode[]): boolean {
  const positions = new Map(before.map((node) => [node.id, node.position]));
  return after.some((node) => {
    const was = positions.get(node.id);
    return was !== undefined && (was.x !== node.position.x || was.y !== node.position.y);
  });
}
