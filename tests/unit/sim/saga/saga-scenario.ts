import type { Command } from '../../../../src/core/messages/command';
import type { StoredEvent } from '../../../../src/core/messages/event';
import { Simulation } from '../../../../src/sim/engine/simulation';
import { loadScenario } from '../../../../src/sim/scenario/load-scenario';

/** Per-component overrides for the order-saga scenario: config and faults, by component id. */
export interface SagaScenarioOptions {
  readonly seed?: number;
  readonly config?: Record<string, Record<string, unknown>>;
  readonly faults?: Record<string, Record<string, unknown>>;
  /** Extra components and connections (e.g. shipping). */
  readonly extraComponents?: readonly Record<string, unknown>[];
  readonly extraConnections?: readonly { source: string; target: string }[];
  /** Connections to leave out, as `source->target`. */
  readonly without?: readonly string[];
  /** Orders to let through (default 1); 0 lets every order the producer places through. */
  readonly orders?: number;
}

/** A command as the run sent it, with the log's head position at that moment. */
export interface SentCommand {
  readonly command: Command;
  readonly headPosition: number;
}

/** A simulation of the scenario and every command sent in it (commands are not in the log). */
export interface SagaRun {
  readonly sim: Simulation;
  readonly commands: SentCommand[];
}

const components = [
  { id: 'api', kind: 'producer', config: { ratePerSecond: 1000, maxOrders: 1 } },
  { id: 'orders', kind: 'order-service' },
  { id: 'store', kind: 'event-store' },
  { id: 'bus', kind: 'event-bus' },
  { id: 'saga', kind: 'saga' },
  { id: 'inventory', kind: 'inventory' },
  { id: 'payment', kind: 'payment' },
  { id: 'notification', kind: 'notification' },
];

const connections = [
  ['api', 'orders'],
  ['orders', 'store'],
  ['store', 'bus'],
  ['bus', 'saga'],
  ['saga', 'inventory'],
  ['saga', 'payment'],
  ['saga', 'notification'],
  ['saga', 'orders'],
  ['inventory', 'bus'],
  ['payment', 'bus'],
  ['notification', 'bus'],
] as const;

/**
 * Given: producer -> order service -> event store -> event bus -> saga; the saga commands
 * inventory, payment, notification and the order service; participants reply over the bus.
 * One order (maxOrders 1 at a high rate), placed within the first few ms.
 */
export function sagaRun(options: SagaScenarioOptions = {}): SagaRun {
  const all = [...components, ...(options.extraComponents ?? [])].map((component) => {
    const id = component.id as string;
    const config = { ...((component.config as object) ?? {}), ...(options.config?.[id] ?? {}) };
    return { ...component, name: id, config, faults: options.faults?.[id] ?? {} };
  });
  const pairs = [
    ...connections.map(([source, target]) => ({ source, target })),
    ...(options.extraConnections ?? []),
  ].filter(({ source, target }) => !options.without?.includes(`${source}->${target}`));
  const result = loadScenario({
    version: 2,
    name: 'order saga',
    seed: options.seed ?? 7,
    components: all,
    connections: pairs.map((pair, index) => ({ id: `c${index}`, ...pair })),
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const sim = new Simulation(result.scenario);
  return { sim, commands: recordCommands(sim, options.orders ?? 1) };
}

/**
 * Records every command sent. The producer places maxOrders + 1 orders at a high rate (it
 * schedules its next tick before counting the order), so PlaceOrder commands past `orders`
 * are held back here: the tests then see exactly the orders they ask for.
 */
function recordCommands(sim: Simulation, orders: number): SentCommand[] {
  const sent: SentCommand[] = [];
  const send = sim.ctx.send.bind(sim.ctx);
  let placed = 0;
  sim.ctx.send = (from, target, command, delayMs) => {
    if (command.type === 'PlaceOrder') {
      placed += 1;
      if (orders > 0 && placed > orders) return;
    }
    sent.push({ command, headPosition: sim.ctx.log.headPositionSync() });
    send(from, target, command, delayMs);
  };
  return sent;
}

/** Event types of the run, optionally only those whose type matches. */
export function typesOf(simulation: Simulation, pattern?: RegExp): string[] {
  return simulation
    .events()
    .map((event) => event.type)
    .filter((type) => !pattern || pattern.test(type));
}

/** The events of one stream. */
export function streamOf(simulation: Simulation, streamId: string): StoredEvent[] {
  return simulation.ctx.log.readStreamSync(streamId);
}

/** The steps the saga started, in order, as `step#attempt`. */
export function startedSteps(simulation: Simulation, orderId = 'o-1'): string[] {
  return streamOf(simulation, `saga-${orderId}`)
    .filter((event) => event.type === 'saga.step.started')
    .map((event) => {
      const { step, attempt } = event.data as { step: string; attempt: number };
      return `${step}#${attempt}`;
    });
}

/** An extra counter of one component's snapshot. */
export function extraOf(simulation: Simulation, id: string, name: string): number | undefined {
  return simulation.component(id)?.snapshot().extra[name];
}

/** One field of an event's payload. */
export function fieldOf(event: StoredEvent, name: string): unknown {
  return (event.data as Record<string, unknown>)[name];
}
