import type { Edge } from '@xyflow/react';
import { componentFaultsSchema } from '../../sim/scenario/component-configs';
import { type ComponentKind, defaultConfig } from '../../sim/scenario/component-kinds';
import {
  SCENARIO_VERSION,
  type Scenario,
  type ScheduledFault,
} from '../../sim/scenario/scenario-schema';
import type { CanvasNode, ComponentNodeData, FlowPoint } from './canvas-node';

/** What the canvas keeps besides nodes and edges to make a scenario of them. */
export interface ScenarioMeta {
  readonly name: string;
  readonly description: string;
  readonly seed: number;
  readonly faults: readonly ScheduledFault[];
}

/**
 * A component as a scenario (a `ScenarioComponent`) or a saved canvas holds it: where it is, and
 * what its node carries. Enough to draw it.
 */
export type DrawnComponent = {
  readonly id: string;
  readonly position: FlowPoint;
} & ComponentNodeData;

/** A component's canvas node. It copies config and faults: the node never shares them. */
export function componentNode(component: DrawnComponent): CanvasNode {
  const { id, position, ...data } = component;
  return { id, type: data.kind, position: { ...position }, data: structuredClone(data) };
}

/**
 * The canvas is the scenario drawn: a node per component (its config and faults in its data,
 * its position as the layout) and an edge per connection. These two functions convert both ways
 * so the engine, the workspace and exports all see the same scenario.
 */
export function scenarioToGraph(scenario: Scenario): {
  nodes: CanvasNode[];
  edges: Edge[];
  meta: ScenarioMeta;
} {
  const nodes = scenario.components.map(componentNode);
  const edges: Edge[] = scenario.connections.map((connection) => ({
    id: connection.id,
    source: connection.source,
    target: connection.target,
  }));
  const meta: ScenarioMeta = {
    name: scenario.name,
    description: scenario.description,
    seed: scenario.seed,
    faults: scenario.faults.map((fault) => ({ ...fault })),
  };
  return { nodes, edges, meta };
}

/** The scenario the canvas shows (unvalidated: pass it through loadScenario before running). */
export function graphToScenario(
  nodes: readonly CanvasNode[],
  edges: readonly Edge[],
  meta: ScenarioMeta,
): unknown {
  return {
    version: SCENARIO_VERSION,
    name: meta.name,
    description: meta.description,
    seed: meta.seed,
    components: nodes.map((node) => ({
      id: node.id,
      kind: node.data.kind,
      name: node.data.name,
      position: { x: Math.round(node.position.x), y: Math.round(node.position.y) },
      config: node.data.config,
      faults: node.data.faults,
    })),
    connections: edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
    faults: meta.faults,
  };
}

/** A new component's data: its kind's default configuration and no faults. */
export function newComponentData<K extends ComponentKind>(
  kind: K,
  name: string,
): ComponentNodeData<K> {
  return { kind, name, config: defaultConfig(kind), faults: componentFaultsSchema.parse({}) };
}
