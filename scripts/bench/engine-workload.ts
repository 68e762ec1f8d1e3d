// The engine benchmark's workload, bundled by engine.ts exactly as the app ships its code
// (minified ES module, no dev-time wrappers) and run in Node.
import type { StoredEvent } from '../../src/core/messages/event';
import { orderDecider } from '../../src/core/order/order-decider';
import type { StoredOrderEvent } from '../../src/core/order/order-events';
import type { OrderState } from '../../src/core/order/order-state';
import { orderListProjection } from '../../src/core/projections/order-list-projection';
import { orderStatisticsProjection } from '../../src/core/projections/order-statistics-projection';
import { Simulation } from '../../src/sim/engine/simulation';
import { loadScenario } from '../../src/sim/scenario/load-scenario';
import type { Scenario } from '../../src/sim/scenario/scenario-schema';

export const EVENTS = 100_000;
export const SAMPLES = 7;
export const WARM_UP_RUNS = 2;
/** The engine aims at 100k events/s headless (README, benchmark figures). */
export const ABSOLUTE_GOAL = 100_000;

interface EngineRun {
  readonly eventsPerSecond: number;
  readonly events: number;
  readonly steps: number;
  readonly virtualSeconds: number;
  readonly log: readonly StoredEvent[];
}

function timeEngine(scenario: Scenario): EngineRun {
  const sim = new Simulation(scenario);
  const start = performance.now();
  sim.runUntilEvents(EVENTS);
  const elapsedMs = performance.now() - start;
  const events = sim.ctx.log.headPositionSync();
  return {
    eventsPerSecond: events / (elapsedMs / 1000),
    events,
    steps: sim.scheduler.stepsRun,
    virtualSeconds: sim.scheduler.now() / 1000,
    log: sim.events(),
  };
}

/** The order work of the run without the engine: fold each order, feed both projections. */
function timeBareLoop(log: readonly StoredEvent[]): { eventsPerSecond: number; checksum: number } {
  const start = performance.now();
  const orders = new Map<string, OrderState>();
  let list = orderListProjection.initial();
  let stats = orderStatisticsProjection.initial();
  for (const event of log) {
    if (!orderDecider.isEvent(event)) continue;
    const orderEvent = event as StoredOrderEvent;
    const id = orderEvent.data.orderId;
    orders.set(id, orderDecider.evolve(orders.get(id) ?? orderDecider.initialState, orderEvent));
    if (orderListProjection.canHandle(event.type)) list = orderListProjection.evolve(list, event);
    if (orderStatisticsProjection.canHandle(event.type)) {
      stats = orderStatisticsProjection.evolve(stats, event);
    }
  }
  const elapsedMs = performance.now() - start;
  // Read the results so the work is observable and cannot be optimised away.
  const checksum = orders.size + Object.keys(list.orders).length + JSON.stringify(stats).length;
  return { eventsPerSecond: log.length / (elapsedMs / 1000), checksum };
}

export interface EngineMeasurement {
  readonly engine: number[];
  readonly bare: number[];
  readonly events: number;
  readonly steps: number;
  readonly virtualSeconds: number;
  readonly checksum: number;
}

/** Engine vs bare loop, alternating, after warm-up runs (the first runs are JIT-bound). */
export function measureEngine(scenarioJson: unknown): EngineMeasurement {
  const loaded = loadScenario(scenarioJson);
  if (!loaded.ok) throw new Error(`order-saga example: ${loaded.errors.join('; ')}`);
  const scenario = loaded.scenario;
  for (let run = 0; run < WARM_UP_RUNS; run += 1) timeBareLoop(timeEngine(scenario).log);
  const engine: number[] = [];
  const bare: number[] = [];
  let last: EngineRun | undefined;
  let checksum = 0;
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    last = timeEngine(scenario);
    engine.push(last.eventsPerSecond);
    const loop = timeBareLoop(last.log);
    bare.push(loop.eventsPerSecond);
    checksum = loop.checksum;
  }
  return {
    engine,
    bare,
    events: last?.events ?? 0,
    steps: last?.steps ?? 0,
    virtualSeconds: last?.virtualSeconds ?? 0,
    checksum,
  };
}
