import type { FlowPoint } from '../../state/graph/canvas-node';

export interface ViewportTransform {
  x: number;
  y: number;
  zoom: number;
}

/** Nominal node size (matches .component-node in CSS) used to centre a new node on a point. */
export const nominalNodeSize = { width: 184, height: 56 } as const;

/** The flow-space point at the centre of a pane of `width` x `height` under `viewport`. */
export function viewportCentre(
  viewport: ViewportTransform,
  size: { width: number; height: number },
): FlowPoint {
  return {
    x: (size.width / 2 - viewport.x) / viewport.zoom,
    y: (size.height / 2 - viewport.y) / viewport.zoom,
  };
}

/** The top-left position that puts a nominal node's centre on `point`. */
export function nodeOriginCentredOn(point: FlowPoint): FlowPoint {
  return {
    x: point.x - nominalNodeSize.width / 2,
    y: point.y - nominalNodeSize.height / 2,
  };
}

/** The flow-space box a pane of `width` x `height` shows under `viewport`, `inset` px inside. */
export function visibleFlowBox(
  viewport: ViewportTransform,
  size: { width: number; height: number },
  inset = 0,
) {
  return {
    x: (inset - viewport.x) / viewport.zoom,
    y: (inset - viewport.y) / viewport.zoom,
    width: Math.max(0, size.width - 2 * inset) / viewport.zoom,
    height: Math.max(0, size.height - 2 * inset) / viewport.zoom,
  };
}
