import { type ComponentKind, componentKindInfo } from '../../sim/scenario/component-kinds';
import type { CanvasNode, FlowPoint } from './canvas-node';

/** The first free id `kind-n` (n from 1), so ids stay readable and deterministic. */
export function nextNodeId(kind: ComponentKind, nodes: readonly CanvasNode[]): string {
  const taken = new Set(nodes.map((node) => node.id));
  let n = 1;
  while (taken.has(`${kind}-${n}`)) n += 1;
  return `${kind}-${n}`;
}

/** The kind's label, or `label n` (n from 2) when the plain label is already on the canvas. */
export function nextNodeName(kind: ComponentKind, nodes: readonly CanvasNode[]): string {
  const label = componentKindInfo[kind].label;
  const taken = new Set(nodes.map((node) => node.data.name));
  if (!taken.has(label)) return label;
  let n = 2;
  while (taken.has(`${label} ${n}`)) n += 1;
  return `${label} ${n}`;
}

const overlapDistance = 8;
const cascadeStep = 24;

/** Moves `position` diagonally until no node sits on it, so repeated adds stay visible. */
export function freePosition(position: FlowPoint, nodes: readonly CanvasNode[]): FlowPoint {
  let candidate = position;
  const occupied = (point: FlowPoint) =>
    nodes.some(
      (node) =>
        Math.abs(node.position.x - point.x) < overlapDistance &&
        Math.abs(node.position.y - point.y) < overlapDistance,
    );
  // Bounded so a pathological canvas cannot loop forever.
  for (let tries = 0; tries < 100 && occupied(candidate); tries += 1) {
    candidate = { x: candidate.x + cascadeStep, y: candidate.y + cascadeStep };
  }
  return candidate;
}
