// Engine throughput: the order-saga example run headless to 100k events, side by side with a bare
// loop applying the same decider/projection calls to the log it produced (no scheduler, no
// routing, no buses). Run alone with `npx tsx scripts/bench/engine.ts` (prints JSON) or via
// `npm run bench`.
import type { StoredEvent } from '../../src/core/messages/event';
import { orderDecider } from '../../src/core/order/order-decider';
import type { StoredOrderEvent } from '../../src/core/order/order-events';
import type { OrderState } from '../../src/core/order/order-state';
import { orderListProjection } from '../../src/core/projections/order-list-projection';
import { orderStatisticsProjection } from '../../src/core/projections/order-statistics-projection';
import { Simulation } from '../../src/sim/engine/simulation';
import type { Scenario } from '../../src/sim/scenario/scenario-schema';
import { readBuiltinScenario } from '../cli/read-scenario';
import { type BenchResult, median } from './types';

const EVENTS = 100_000;
const SAMPLES = 3;
const WARM_UP_RUNS = 2;
/** design.md "Performance": the engine aims at 100k events/s headless. */
const ABSOLUTE_GOAL = 100_000;

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

/** Engine vs bare loop, median of SAMPLES alternating runs after a warm-up. */
export async function runEngineBench(): Promise<BenchResult[]> {
  const loaded = await readBuiltinScenario('order-saga');
  if (!loaded.ok) throw new Error(`order-saga example: ${loaded.errors.join('; ')}`);
  const scenario = loaded.scenario;
  // Warm-up: the first runs of a fresh process are JIT-bound (measured ~40% slower).
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
  const ours = median(engine);
  const baseline = median(bare);
  return [
    {
      name: 'engine.order-saga-100k',
      method: `order-saga example, Simulation.runUntilEvents(${EVENTS}) vs a bare loop of orderDecider.evolve + order-list + order-statistics evolve over the same log; ${SAMPLES} alternating samples after ${WARM_UP_RUNS} warm-up runs, median. goal is absolute (events/s), not a ratio`,
      ours,
      baseline,
      unit: 'events/s',
      ratio: baseline === 0 ? 0 : ours / baseline,
      goal: ABSOLUTE_GOAL,
      met: ours >= ABSOLUTE_GOAL,
      details: {
        absoluteGoal: ABSOLUTE_GOAL,
        absoluteMet: ours >= ABSOLUTE_GOAL,
        engineSamples: engine,
        bareLoopSamples: bare,
        eventsPerRun: last?.events,
        stepsPerRun: last?.steps,
        virtualSecondsPerRun: last?.virtualSeconds,
        checksum,
      },
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runEngineBench();
  for (const result of results) {
    process.stderr.write(
      `${result.name}: engine ${Math.round(result.ours)} events/s, bare loop ${Math.round(result.baseline)} events/s, ratio ${result.ratio.toFixed(3)}; goal ${result.goal} events/s ${result.met ? 'met' : 'MISSED'}\n`,
    );
  }
  console.log(JSON.stringify(results, null, 2));
}
