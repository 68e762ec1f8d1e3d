import { z } from 'zod';
import { type ComponentFaults, componentFaultsSchema } from '../../sim/scenario/component-configs';
import { type ComponentKind, isComponentKind } from '../../sim/scenario/component-kinds';
import { loadScenario } from '../../sim/scenario/load-scenario';
import { type Scenario, scheduledFaultSchema } from '../../sim/scenario/scenario-schema';
import type { ComponentNodeData } from '../graph/canvas-node';
import { componentNode, scenarioToGraph } from '../graph/scenario-mapping';
import { defaultSeed } from '../run/run-slice';
import type { CanvasContent } from '../run/scenario-slice';
import { drawableConfig } from './drawable-config';

export interface SavedCanvas extends CanvasContent {
  /** The canvas as a runnable scenario, or null when it does not validate (a half-built design). */
  readonly scenario: Scenario | null;
}

const noFaults = componentFaultsSchema.parse({});

// What a canvas needs to be drawn again, even when it is not (yet) a valid scenario: people save
// half-finished designs, and a reload must give those back too.
const drawableCanvasSchema = z.object({
  name: z.string().min(1).catch('Untitled scenario'),
  description: z.string().catch(''),
  seed: z.number().int().min(0).max(0xffffffff).catch(defaultSeed),
  components: z.array(
    z.object({
      id: z.string().min(1),
      kind: z.custom<ComponentKind>(isComponentKind, { message: 'unknown component kind' }),
      name: z.string(),
      position: z.object({ x: z.number().finite(), y: z.number().finite() }),
      config: z.unknown(),
      faults: componentFaultsSchema.catch(noFaults),
    }),
  ),
  connections: z.array(z.object({ id: z.string().min(1), source: z.string(), target: z.string() })),
  faults: z.array(scheduledFaultSchema).catch([]),
});

/** The canvas a saved workspace holds: validated as a scenario, else drawn as saved, else null. */
export function canvasFromSaved(json: unknown): SavedCanvas | null {
  const loaded = loadScenario(json);
  if (loaded.ok) return { ...scenarioToGraph(loaded.scenario), scenario: loaded.scenario };
  const drawable = drawableCanvasSchema.safeParse(json);
  if (!drawable.success) return null;
  const canvas = drawable.data;
  return {
    nodes: canvas.components.map(({ id, position, kind, name, config, faults }) =>
      componentNode({ id, position, ...savedNodeData(kind, name, config, faults) }),
    ),
    edges: canvas.connections.map(({ id, source, target }) => ({ id, source, target })),
    meta: {
      name: canvas.name,
      description: canvas.description,
      seed: canvas.seed,
      faults: canvas.faults,
    },
    scenario: null,
  };
}

/** A saved component's node data; its config made valid for its kind (drawableConfig). */
function savedNodeData<K extends ComponentKind>(
  kind: K,
  name: string,
  config: unknown,
  faults: ComponentFaults,
): ComponentNodeData<K> {
  return { kind, name, config: drawableConfig(kind, config), faults };
}
