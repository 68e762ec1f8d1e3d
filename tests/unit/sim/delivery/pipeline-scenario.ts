import type { StoredEvent } from '../../../../src/core/messages/event';
import { ConsumerComponent } from '../../../../src/sim/components/consumer/consumer-component';
import { DeadLetterQueueComponent } from '../../../../src/sim/components/dlq/dead-letter-queue-component';
import { ProjectionComponent } from '../../../../src/sim/components/read-side/projection-component';
import { QueryApiComponent } from '../../../../src/sim/components/read-side/query-api-component';
import { Simulation } from '../../../../src/sim/engine/simulation';
import type { ComponentMetricsSnapshot } from '../../../../src/sim/metrics/component-metrics';
import { loadScenario } from '../../../../src/sim/scenario/load-scenario';

/** A consumer behind the bus, optionally with its own dead-letter queue. */
export interface ConsumerSpec {
  readonly id: string;
  readonly config?: Record<string, unknown>;
  readonly faults?: Record<string, unknown>;
  readonly dlq?: { readonly id: string; readonly capacity?: number };
}

export interface PipelineSpec {
  readonly seed?: number;
  /** Producer settings (maxOrders, ratePerSecond, keyBy, users, payloadStyle). */
  readonly producer: Record<string, unknown>;
  readonly bus?: Record<string, unknown>;
  readonly store?: Record<string, unknown>;
  readonly consumers?: readonly ConsumerSpec[];
  /** Projection config; `feed` says whether it pulls from the store or is pushed by the bus. */
  readonly projection?: Record<string, unknown> & { feed?: 'store' | 'bus' };
  readonly queryApi?: Record<string, unknown>;
}

/**
 * Given: producer -> order-service -> event-store -> event-bus -> consumer(s) [-> dead-letter
 * queue], and optionally event-store (or bus) -> projection -> query-api. A real Simulation.
 */
export function pipeline(spec: PipelineSpec): Simulation {
  const components: unknown[] = [
    { id: 'api', kind: 'producer', name: 'Order API', config: spec.producer },
    { id: 'orders', kind: 'order-service', name: 'Order Service' },
    { id: 'store', kind: 'event-store', name: 'Event Store', config: spec.store ?? {} },
    { id: 'bus', kind: 'event-bus', name: 'Event Bus', config: spec.bus ?? {} },
  ];
  const connections: Array<{ source: string; target: string }> = [
    { source: 'api', target: 'orders' },
    { source: 'orders', target: 'store' },
    { source: 'store', target: 'bus' },
  ];
  for (const consumer of spec.consumers ?? []) {
    components.push({
      id: consumer.id,
      kind: 'consumer',
      name: consumer.id,
      config: consumer.config ?? {},
      ...(consumer.faults ? { faults: consumer.faults } : {}),
    });
    connections.push({ source: 'bus', target: consumer.id });
    if (consumer.dlq) {
      const { id, capacity } = consumer.dlq;
      if (!components.some((component) => (component as { id: string }).id === id)) {
        components.push({
          id,
          kind: 'dead-letter-queue',
          name: id,
          config: capacity === undefined ? {} : { capacity },
        });
      }
      connections.push({ source: consumer.id, target: id });
    }
  }
  if (spec.projection) {
    const { feed = 'store', ...config } = spec.projection;
    components.push({ id: 'list', kind: 'projection', name: 'Order list', config });
    connections.push({ source: feed, target: 'list' });
  }
  if (spec.queryApi) {
    components.push({ id: 'queries', kind: 'query-api', name: 'Query API', config: spec.queryApi });
    connections.push({ source: 'list', target: 'queries' });
  }
  const result = loadScenario({
    version: 2,
    name: 'pipeline',
    seed: spec.seed ?? 11,
    components,
    connections: connections.map((connection, index) => ({ id: `c${index}`, ...connection })),
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return new Simulation(result.scenario);
}

/**
 * Given: a bus that duplicates half its messages (200 orders at 100/s), an idempotent consumer
 * `safe` and a non-idempotent one `naive`.
 */
export function duplicatingPipeline(): Simulation {
  return pipeline({
    producer: { maxOrders: 200, ratePerSecond: 100 },
    bus: { duplicateRate: 0.5 },
    consumers: [
      { id: 'safe', config: { idempotent: true } },
      { id: 'naive', config: { idempotent: false } },
    ],
  });
}

/** The consumer component `id` (fails the test when it is something else). */
export function consumerOf(sim: Simulation, id: string): ConsumerComponent {
  const component = sim.component(id);
  if (!(component instanceof ConsumerComponent)) throw new Error(`${id} is not a consumer`);
  return component;
}

export function dlqOf(sim: Simulation, id: string): DeadLetterQueueComponent {
  const component = sim.component(id);
  if (!(component instanceof DeadLetterQueueComponent)) throw new Error(`${id} is not a DLQ`);
  return component;
}

export function projectionOf(sim: Simulation, id = 'list'): ProjectionComponent {
  const component = sim.component(id);
  if (!(component instanceof ProjectionComponent)) throw new Error(`${id} is not a projection`);
  return component;
}

export function queryApiOf(sim: Simulation, id = 'queries'): QueryApiComponent {
  const component = sim.component(id);
  if (!(component instanceof QueryApiComponent)) throw new Error(`${id} is not a query API`);
  return component;
}

/** The current metrics of one component. */
export function metricsOf(sim: Simulation, id: string): ComponentMetricsSnapshot {
  const snapshot = sim.component(id)?.snapshot();
  if (!snapshot) throw new Error(`no component ${id}`);
  return snapshot;
}

/** Every event of one type in the log, in log order. */
export function eventsOfType(sim: Simulation, type: string): StoredEvent[] {
  return sim.events().filter((event) => event.type === type);
}
