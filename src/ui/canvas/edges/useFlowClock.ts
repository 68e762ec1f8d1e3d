import { type RefObject, useEffect } from 'react';

/** Wall ms between steps of the traffic strokes: every busy edge steps at the same instant. */
export const FLOW_STEP_MS = 200;

/**
 * Marches the dashes of every busy edge from one clock: the count of steps taken goes into the
 * CSS variable `--flow-step` on the edges' layer inside `ref`'s element, and each edge's stroke
 * offset is that count times its level's pace (flow-edge.css). One repaint of the canvas per
 * step, whatever the number of edges: a CSS animation per edge stepped each edge at its own
 * moment, so with a dozen busy edges some edge repainted in nearly every frame. With no busy
 * edge (paused, idle) the clock leaves the page alone.
 */
export function useFlowClock(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let step = 0;
    const timer = setInterval(() => {
      const edges = element.querySelector<HTMLElement>('.react-flow__edges');
      if (!edges?.querySelector('.flow-edge__pulse')) return;
      step += 1;
      edges.style.setProperty('--flow-step', String(step));
    }, FLOW_STEP_MS);
    return () => clearInterval(timer);
  }, [ref]);
}
