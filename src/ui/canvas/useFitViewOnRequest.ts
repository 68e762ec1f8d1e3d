import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useEventfoldStore } from '../../state/store';

// Extra room on top for the notices that appear when a scenario opens, and on the right for the
// minimap (150 px wide, 15 px from the edge: Canvas.tsx), so the fitted diagram is not under it.
const fitPadding = { top: '64px', right: '196px', bottom: '24px', left: '32px' } as const;

/** Long enough to see where the view went, short enough not to wait for it. */
const panToHighlightMs = 400;

/** Fits the viewport to the nodes whenever a scenario opens (React Flow waits for measuring). */
export function useFitViewOnRequest() {
  const request = useEventfoldStore((state) => state.viewFitRequest);
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (request > 0) void fitView({ padding: fitPadding, maxZoom: 1 });
  }, [request, fitView]);
}

/**
 * Pans and zooms, animated, to the highlighted components ("Show on canvas", a warning's
 * component) so a highlight is never off screen. Each highlight is a new array, so asking for
 * the same flow again pans again; clearing it leaves the view where it is. Ids with no node (an
 * imported log's components) are left out: fitting to no node would zoom into the origin.
 */
export function usePanToHighlight() {
  const highlighted = useEventfoldStore((state) => state.highlightedComponents);
  const { fitView, getNode } = useReactFlow();
  useEffect(() => {
    const onCanvas = highlighted.filter((id) => getNode(id) !== undefined);
    if (onCanvas.length === 0) return;
    void fitView({
      nodes: onCanvas.map((id) => ({ id })),
      padding: fitPadding,
      maxZoom: 1,
      duration: panToHighlightMs,
    });
  }, [highlighted, fitView, getNode]);
}
