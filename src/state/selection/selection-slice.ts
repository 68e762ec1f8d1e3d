import type { SliceCreator } from '../eventfold-state';

/**
 * Commands that change the selection. The `selected` flags themselves live on the nodes and
 * edges (React Flow's controlled model), so there is exactly one source of truth.
 */
export interface SelectionSlice {
  /** Selects only the node with `id`; `null` clears the selection. */
  selectNode: (id: string | null) => void;
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set, get) => ({
  selectNode: (id) => {
    const { nodes, edges } = get();
    set({
      nodes: nodes.map((node) =>
        node.selected === (node.id === id) ? node : { ...node, selected: node.id === id },
      ),
      edges: edges.map((edge) => (edge.selected ? { ...edge, selected: false } : edge)),
    });
  },
});
