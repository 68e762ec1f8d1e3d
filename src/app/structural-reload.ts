import type { StoreApi } from 'zustand';
import type { EventfoldState } from '../state/eventfold-state';
import { graphStructureKey } from '../state/run/structure';

/** How long the canvas must stay still structurally before the engine reloads. */
export const structuralReloadDelayMs = 150;

/**
 * Reloads the engine from the canvas after components or connections are added or removed.
 * Debounced, so deleting a selection of many nodes and their edges is one reload; moves,
 * renames, config edits and selection do not change the structure and never reload.
 */
export function watchStructuralEdits(
  store: StoreApi<EventfoldState>,
  delayMs = structuralReloadDelayMs,
): () => void {
  const initial = store.getState();
  let lastKey = graphStructureKey(initial.nodes, initial.edges);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.nodes === previous.nodes && state.edges === previous.edges) return;
    const key = graphStructureKey(state.nodes, state.edges);
    if (key === lastKey) return;
    lastKey = key;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      store.getState().reloadFromCanvas();
    }, delayMs);
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
