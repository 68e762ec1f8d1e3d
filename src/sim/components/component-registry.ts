import type { SimComponent } from '../engine/sim-component';
import type { SimContext } from '../engine/sim-context';
import type { ComponentKind } from '../scenario/component-kinds';
import type { ScenarioComponent } from '../scenario/scenario-schema';
import { EventBusComponent } from './bus/event-bus-component';
import { ConsumerComponent } from './consumer/consumer-component';
import { DeadLetterQueueComponent } from './dlq/dead-letter-queue-component';
import { EventStoreComponent } from './event-store-component';
import { OrderServiceComponent } from './order-service-component';
import { InventoryComponent } from './participants/inventory-component';
import { NotificationComponent } from './participants/notification-component';
import { PaymentComponent } from './participants/payment-component';
import { ShippingComponent } from './participants/shipping-component';
import { ProducerComponent } from './producer-component';
import { ProjectionComponent } from './read-side/projection-component';
import { QueryApiComponent } from './read-side/query-api-component';
import { SagaComponent } from './saga/saga-component';

/** Builds the runtime component of one kind from its scenario definition. */
type ComponentFactory<K extends ComponentKind> = (
  ctx: SimContext,
  definition: Extract<ScenarioComponent, { kind: K }>,
) => SimComponent;

/**
 * How each kind is built: total over the kind table (scenario/component-kinds.ts), so a kind
 * added there does not compile until it can run. The factories live apart from that table
 * because they pull in the whole engine, which runs in the worker; the page reads the table
 * for labels and forms and must not ship the engine in its first load.
 */
const factories: { readonly [K in ComponentKind]: ComponentFactory<K> } = {
  producer: (ctx, definition) => new ProducerComponent(ctx, definition),
  'event-bus': (ctx, definition) => new EventBusComponent(ctx, definition),
  'event-store': (ctx, definition) => new EventStoreComponent(ctx, definition),
  'order-service': (ctx, definition) => new OrderServiceComponent(ctx, definition),
  consumer: (ctx, definition) => new ConsumerComponent(ctx, definition),
  projection: (ctx, definition) => new ProjectionComponent(ctx, definition),
  saga: (ctx, definition) => new SagaComponent(ctx, definition),
  inventory: (ctx, definition) => new InventoryComponent(ctx, definition),
  payment: (ctx, definition) => new PaymentComponent(ctx, definition),
  shipping: (ctx, definition) => new ShippingComponent(ctx, definition),
  notification: (ctx, definition) => new NotificationComponent(ctx, definition),
  'dead-letter-queue': (ctx, definition) => new DeadLetterQueueComponent(ctx, definition),
  'query-api': (ctx, definition) => new QueryApiComponent(ctx, definition),
};

/** Builds the runtime component for a scenario component. */
export function buildComponent(ctx: SimContext, definition: ScenarioComponent): SimComponent {
  // The table is total, but TypeScript cannot correlate `definition.kind` with its factory.
  const factory = factories[definition.kind] as ComponentFactory<ComponentKind>;
  return factory(ctx, definition as never);
}
