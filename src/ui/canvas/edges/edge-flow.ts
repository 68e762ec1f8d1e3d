import type { Edge } from '@xyflow/react';
import type { FlowLevel, MetricsById } from '../../../state/live/live-metrics';

/** The traffic an edge shows: how busy it looks and, when measured exactly, its rate. */
export interface EdgeFlow {
  readonly level: FlowLevel;
  /** Messages per simulated second, or null when the edge shares a counter with others. */
  readonly rate: number | null;
}

/**
 * Which counter measures an edge. `target`: the target is fed by this edge alone, so its intake
 * is exactly the edge's traffic (a Payment that is down stops receiving, and its edge goes
 * still). `source`: the source sends on this edge alone, so its handled count is exact.
 * `shared`: neither; the source's activity animates the edge, but no rate is claimed for it.
 */
export type FlowBasis = 'source' | 'target' | 'shared';

function countWhere(edges: readonly Edge[], matches: (edge: Edge) => boolean): number {
  let count = 0;
  for (const edge of edges) if (matches(edge)) count += 1;
  return count;
}

/** How the traffic on source -> target is measured, given every edge on the canvas. */
export function flowBasis(edges: readonly Edge[], source: string, target: string): FlowBasis {
  if (countWhere(edges, (edge) => edge.target === target) === 1) return 'target';
  if (countWhere(edges, (edge) => edge.source === source) === 1) return 'source';
  return 'shared';
}

const still: EdgeFlow = { level: 0, rate: null };

/** The edge's flow from the live metrics of the end that measures it. */
export function edgeFlow(
  metricsById: MetricsById,
  basis: FlowBasis,
  source: string,
  target: string,
): EdgeFlow {
  if (basis === 'target') {
    const metrics = metricsById[target];
    return metrics ? { level: metrics.intakeLevel, rate: metrics.intake } : still;
  }
  const metrics = metricsById[source];
  if (!metrics) return still;
  return { level: metrics.flowLevel, rate: basis === 'source' ? metrics.throughput : null };
}
