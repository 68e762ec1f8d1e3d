import type { FlowPoint } from '../../state/graph/canvas-node';

/** An axis-aligned box in flow coordinates. */
export interface FlowBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where a new node may go: the area to stay inside, the boxes to keep clear of, its size. */
export interface OpenSpotQuery {
  /** The point the node's centre should be nearest to (the middle of the view). */
  readonly near: FlowPoint;
  /** The node must fit wholly inside it (the visible part of the canvas). */
  readonly area: FlowBox;
  /** The nodes already on the canvas. */
  readonly occupied: readonly FlowBox[];
  readonly size: { readonly width: number; readonly height: number };
  /** Candidate origins lie on this grid (the canvas's snap grid), and keep this much clear. */
  readonly grid: number;
}

const overlaps = (a: FlowBox, b: FlowBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** `box` grown by `by` on every side. */
const grown = (box: FlowBox, by: number): FlowBox => ({
  x: box.x - by,
  y: box.y - by,
  width: box.width + 2 * by,
  height: box.height + 2 * by,
});

/**
 * The top-left corner, on the grid, of the free place inside `area` whose centre is nearest to
 * `near`: the new node's box, with a grid step of margin, overlaps no occupied box. `null` when
 * the area has no such place (a crowded or deeply zoomed view).
 */
export function openSpot({ near, area, occupied, size, grid }: OpenSpotQuery): FlowPoint | null {
  const firstX = Math.ceil(area.x / grid) * grid;
  const firstY = Math.ceil(area.y / grid) * grid;
  const lastX = area.x + area.width - size.width;
  const lastY = area.y + area.height - size.height;
  const clearance = occupied.map((box) => grown(box, grid));
  let best: FlowPoint | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let x = firstX; x <= lastX; x += grid) {
    for (let y = firstY; y <= lastY; y += grid) {
      const distance = Math.hypot(x + size.width / 2 - near.x, y + size.height / 2 - near.y);
      if (distance >= bestDistance) continue;
      const box = { x, y, width: size.width, height: size.height };
      if (clearance.some((taken) => overlaps(taken, box))) continue;
      best = { x, y };
      bestDistance = distance;
    }
  }
  return best;
}
