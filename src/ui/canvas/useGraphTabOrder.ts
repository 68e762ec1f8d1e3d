import { type RefObject, useEffect, useRef } from 'react';
import {
  type GraphStop,
  graphTabSequence,
  type LinkedEdge,
  type PlacedNode,
} from './graph-tab-order';

/** The graph stop an element is (a React Flow node or edge), or null. */
function stopOf(target: EventTarget | null): GraphStop | null {
  if (!(target instanceof Element)) return null;
  const id = target.getAttribute('data-id');
  if (id === null) return null;
  if (target.classList.contains('react-flow__node')) return { kind: 'node', id };
  if (target.classList.contains('react-flow__edge')) return { kind: 'edge', id };
  return null;
}

const sameStop = (a: GraphStop | null, b: GraphStop | null) =>
  a !== null && b !== null && a.kind === b.kind && a.id === b.id;

const focusableStops = '.react-flow__node[tabindex="0"], .react-flow__edge[tabindex="0"]';

/**
 * Tab walks the canvas nodes in reading order, then the edges (graph-tab-order.ts). React Flow
 * draws every edge before any node, so the page's own order would make a keyboard user pass all
 * the connections before reaching a component. Only the order inside the graph changes: Tab into
 * the canvas lands on the first node (Shift+Tab on the last edge), and out of it continues to
 * whatever the page has next, as before.
 */
export function useGraphTabOrder(
  rootRef: RefObject<HTMLElement | null>,
  nodes: readonly PlacedNode[],
  edges: readonly LinkedEdge[],
): void {
  const graph = useRef({ nodes, edges });
  useEffect(() => {
    graph.current = { nodes, edges };
  }, [nodes, edges]);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const sequence = () => graphTabSequence(graph.current.nodes, graph.current.edges);
    const elementOf = (stop: GraphStop | undefined) =>
      stop
        ? root.querySelector<HTMLElement | SVGElement>(
            `.react-flow__${stop.kind}[data-id="${CSS.escape(stop.id)}"]`,
          )
        : null;

    // The direction of a Tab press whose focus move is under way: the browser moves focus after
    // the keydown's listeners, within the same task, so the mark is cleared by the next one.
    let tabbing: 'forward' | 'backward' | null = null;
    let clearTimer: ReturnType<typeof setTimeout> | undefined;
    const onAnyKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab') return;
      tabbing = event.shiftKey ? 'backward' : 'forward';
      clearTimeout(clearTimer);
      clearTimer = setTimeout(() => {
        tabbing = null;
      }, 0);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
      const from = stopOf(event.target);
      if (!from) return;
      const stops = sequence();
      const index = stops.findIndex((stop) => sameStop(stop, from));
      if (index < 0) return;
      const next = elementOf(stops[index + (event.shiftKey ? -1 : 1)]);
      if (next) {
        event.preventDefault();
        next.focus();
        return;
      }
      // Leaving the graph: the browser's Tab goes on from the graph's element at that end of the
      // page's order, so it reaches what it would have reached without this hook.
      const all = root.querySelectorAll<HTMLElement | SVGElement>(focusableStops);
      (event.shiftKey ? all[0] : all[all.length - 1])?.focus();
    };

    // Tab from outside lands on the page's first (or last) graph element: move on to the
    // sequence's first (or last) stop instead. A click or a script's focus stays where it is.
    const onFocusIn = (event: FocusEvent) => {
      const to = stopOf(event.target);
      if (!tabbing || !to || stopOf(event.relatedTarget)) return;
      const stops = sequence();
      const entry = tabbing === 'forward' ? stops[0] : stops.at(-1);
      if (entry && !sameStop(entry, to)) elementOf(entry)?.focus();
    };

    window.addEventListener('keydown', onAnyKeyDown, true);
    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('focusin', onFocusIn);
    return () => {
      clearTimeout(clearTimer);
      window.removeEventListener('keydown', onAnyKeyDown, true);
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('focusin', onFocusIn);
    };
  }, [rootRef]);
}
