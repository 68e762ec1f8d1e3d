import type { SimComponent } from '../engine/sim-component';
import type { SimContext } from '../engine/sim-context';
import type { ScenarioComponent } from '../scenario/scenario-schema';
import { EventBusComponent } from './bus/event-bus-component';
import { EventStoreComponent } from './event-store-component';
import { OrderServiceComponent } from './order-service-component';
import { ProducerComponent } from './producer-component';
import { consumerFactories } from './registry/consumer-factories';
import type { ComponentFactories, ComponentFactory } from './registry/factory-types';
import { sagaFactories } from './registry/saga-factories';

/** How each kind is built. A kind missing here cannot run; the engine says which. */
const factories: ComponentFactories = {
  producer: (ctx, definition) => new ProducerComponent(ctx, definition),
  'event-bus': (ctx, definition) => new EventBusComponent(ctx, definition),
  'event-store': (ctx, definition) => new EventStoreComponent(ctx, definition),
  'order-service': (ctx, definition) => new OrderServiceComponent(ctx, definition),
  ...sagaFactories,
  ...consumerFactories,
};

/** Builds the runtime component for a scenario component. */
export function buildComponent(ctx: SimContext, definition: ScenarioComponent): SimComponent {
  const factory = factories[definition.kind] as ComponentFactory | undefined;
  if (!factory) throw new Error(`Component kind "${definition.kind}" cannot be simulated yet`);
  return factory(ctx, definition as never);
}
