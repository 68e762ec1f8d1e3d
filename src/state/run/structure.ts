import type { Edge } from '@xyflow/react';
import type { Scenario } from '../../sim/scenario/scenario-schema';
import type { CanvasNode } from '../graph/canvas-node';

/**
 * The part of an architecture that a run depends on: which components exist and how they are
 * connected. Positions, names, configs and selection are not in it, so moving a node never
 * restarts a run. Equal keys mean the same structure.
 */
export function graphStructureKey(nodes: readonly CanvasNode[], edges: readonly Edge[]): string {
  return structureKey(
    nodes.map((node) => node.id),
    edges.map((edge) => [edge.id, edge.source, edge.target] as const),
  );
}

/** The structure key of a scenario (null: nothing loaded, the same as an empty canvas). */
export function scenarioStructureKey(scenario: Scenario | null): string {
  if (!scenario) return structureKey([], []);
  return structureKey(
    scenario.components.map((component) => component.id),
    scenario.connections.map(
      (connection) => [connection.id, connection.source, connection.target] as const,
    ),
  );
}

function structureKey(
  componentIds: readonly string[],
  connections: readonly (readonly [string, string, string])[],
): string {
  const components = [...componentIds].sort().join(',');
  const links = connections
    .map(([id, source, target]) => `${id}:${source}>${target}`)
    .sort()
    .join(',');
  return `${components}|${links}`;
}
