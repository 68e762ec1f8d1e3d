import type { SimComponent } from '../../engine/sim-component';
import type { SimContext } from '../../engine/sim-context';
import type { ComponentKind } from '../../scenario/component-kinds';
import type { ScenarioComponent } from '../../scenario/scenario-schema';

/** Builds the runtime component of one kind from its scenario definition. */
export type ComponentFactory<K extends ComponentKind = ComponentKind> = (
  ctx: SimContext,
  definition: Extract<ScenarioComponent, { kind: K }>,
) => SimComponent;

export type ComponentFactories = { [K in ComponentKind]?: ComponentFactory<K> };
