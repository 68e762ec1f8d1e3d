import { useMemo } from 'react';
import { useEventfoldStore } from '../../state/store';

/** Component names by id, as the canvas shows them (ids stand in for unknown components). */
export function useComponentNames(): ReadonlyMap<string, string> {
  const nodes = useEventfoldStore((state) => state.nodes);
  const key = nodes.map((node) => `${node.id}\u0000${node.data.name}`).join('\u0001');
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by ids and names only, so a drag does not rebuild it.
  return useMemo(() => new Map(nodes.map((node) => [node.id, node.data.name])), [key]);
}
