import type { EventfoldState } from '../../state/eventfold-state';
import { formatDuration } from '../charts/format';

/** The Query API components' own stale-read counter, summed (null when there is no Query API). */
export function selectQueryApiStaleReads(state: EventfoldState): number | null {
  let total: number | null = null;
  for (const node of state.nodes) {
    if (node.data.kind !== 'query-api') continue;
    total = (total ?? 0) + (state.metricsById[node.id]?.extra.staleReads ?? 0);
  }
  return total;
}

/** Each projection's live checkpoint and lag, as one string (a stable value for selectors). */
export function selectProjectionPositions(state: EventfoldState): string {
  const parts: string[] = [];
  for (const node of state.nodes) {
    if (node.data.kind !== 'projection') continue;
    const extra = state.metricsById[node.id]?.extra;
    if (!extra) continue;
    parts.push(
      `${node.data.name}: position ${extra.checkpoint ?? 0}, lag ${extra.lagPositions ?? 0} (${formatDuration(extra.lagMs ?? 0)})`,
    );
  }
  return parts.join(' · ');
}
