// Bus fan-out throughput, on the path the engine runs: the Event Bus component takes batches from
// its publisher, draws each message's latency and partition, appends it in virtual time and
// hands it, through the kernel's EventBus, to each of 10 consumer groups (partitions, offsets,
// batched commits) whose subscribers do a little work and finish at once. Side by side with mitt
// emitting the same messages to the same 10 handlers: the ratio is what the bus's semantics cost
// over a bare emitter; the goal is the bus's own rate. Run alone with `npx tsx scripts/bench/bus.ts` (prints JSON) or through
// `npm run bench`.
import mitt from 'mitt';
import type { StoredEvent } from '../../src/core/messages/event';
import { EventBusComponent } from '../../src/sim/components/bus/event-bus-component';
import type { Delivery, SimComponent } from '../../src/sim/engine/sim-component';
import { SimContext } from '../../src/sim/engine/sim-context';
import { FaultState } from '../../src/sim/faults/fault-state';
import { ComponentMetrics } from '../../src/sim/metrics/component-metrics';
import { seededRandom } from '../../src/sim/random/random';
import { componentFaultsSchema } from '../../src/sim/scenario/component-configs';
import { loadScenario } from '../../src/sim/scenario/load-scenario';
import { SimScheduler } from '../../src/sim/scheduler/scheduler';
import { type BenchResult, median } from './types';

const GROUPS = 10;
const MESSAGES = 100_000;
/** The store's relay hands the bus batches of events too. */
const BATCH = 1_000;
const SAMPLES = 5;
const TYPE = 'order.placed';
/** Orders the messages belong to: their correlation id spreads them over the partitions. */
const ORDERS = 1_000;
/**
 * The goal is absolute, the ratio informative (the bus does far more than an emitter). The
 * example passes every event through its bus to 3 groups, and the engine's floor is 100k
 * events/s (scripts/bench/engine-workload.ts), so it needs 300k deliveries/s there; 1M keeps the
 * fan-out under about a third of the engine's time.
 */
const GOAL_DELIVERIES_PER_SECOND = 1_000_000;

// Handlers do a little real work (sum into a shared total) so the JIT cannot drop the calls;
// both sides get the very same functions.
let total = 0;
const work = Array.from({ length: GROUPS }, (_, index) => (event: StoredEvent) => {
  total += event.position + index;
});

const messages: StoredEvent[] = Array.from({ length: MESSAGES }, (_, index) => ({
  id: `evt-${index + 1}`,
  type: TYPE,
  time: 0,
  schemaVersion: 1,
  source: 'bench',
  correlationId: `order-${index % ORDERS}`,
  causationId: null,
  metadata: {},
  data: {},
  streamId: `order-${index % ORDERS}`,
  streamVersion: 1 + Math.floor(index / ORDERS),
  position: index + 1,
}));
const batches = Array.from({ length: MESSAGES / BATCH }, (_, index) =>
  messages.slice(index * BATCH, (index + 1) * BATCH),
);

/** The example's bus (public/scenarios/order-saga.json): 4 partitions, at-least-once, defaults. */
function busDefinition() {
  const loaded = loadScenario({
    version: 2,
    name: 'bus bench',
    seed: 1,
    components: [
      {
        id: 'bus',
        kind: 'event-bus',
        name: 'Event Bus',
        config: { partitions: 4, delivery: 'at-least-once' },
      },
    ],
    connections: [],
  });
  const bus = loaded.ok ? loaded.scenario.components[0] : undefined;
  if (bus?.kind !== 'event-bus') throw new Error('bus bench: the bus definition did not load');
  return bus;
}

/** A subscriber that only does its share of the work and finishes each delivery at once. */
function countingSubscriber(index: number): SimComponent & { handled: number } {
  const id = `group-${index}`;
  const handle = work[index]!;
  const metrics = new ComponentMetrics(id);
  return {
    id,
    kind: 'consumer',
    name: id,
    faults: new FaultState(componentFaultsSchema.parse({})),
    metrics,
    handled: 0,
    start() {},
    deliver(delivery: Delivery) {
      handle(delivery.event);
      this.handled += 1;
      delivery.done('handled');
    },
    snapshot: () => metrics.snapshot('running'),
  };
}

function deliveriesPerSecond(deliveries: number, elapsedMs: number): number {
  return deliveries / (elapsedMs / 1000);
}

function timeBus(batchCount: number): number {
  const scheduler = new SimScheduler();
  const ctx = new SimContext(scheduler, seededRandom(1));
  const bus = new EventBusComponent(ctx, busDefinition());
  ctx.register(bus, bus);
  const subscribers = Array.from({ length: GROUPS }, (_, index) => countingSubscriber(index));
  for (const subscriber of subscribers) {
    ctx.register(subscriber);
    ctx.connect(bus.id, subscriber.id, 'events');
  }
  bus.start();
  const start = performance.now();
  for (let batch = 0; batch < batchCount; batch++) {
    bus.accept(batches[batch]!);
    while (scheduler.step()) {}
  }
  const elapsed = performance.now() - start;
  const expected = batchCount * BATCH;
  if (subscribers.some((subscriber) => subscriber.handled !== expected)) {
    throw new Error(`bus bench: a group missed messages (expected ${expected} each)`);
  }
  return deliveriesPerSecond(expected * GROUPS, elapsed);
}

function timeMitt(batchCount: number): number {
  const emitter = mitt<Record<string, StoredEvent>>();
  for (const handler of work) emitter.on(TYPE, handler);
  const start = performance.now();
  for (let batch = 0; batch < batchCount; batch++) {
    for (const message of batches[batch]!) emitter.emit(message.type, message);
  }
  return deliveriesPerSecond(batchCount * BATCH * GROUPS, performance.now() - start);
}

/** Measures both side by side: warm-up, then alternating samples, compared by median. */
export async function runBusBench(): Promise<BenchResult[]> {
  timeBus(batches.length / 4);
  timeMitt(batches.length / 4);
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let sample = 0; sample < SAMPLES; sample++) {
    ours.push(timeBus(batches.length));
    baseline.push(timeMitt(batches.length));
  }
  const checksum = total; // read once so the accumulated work is observable
  const rate = median(ours);
  const mittRate = median(baseline);
  const met = rate >= GOAL_DELIVERIES_PER_SECOND;
  return [
    {
      name: 'bus.fan-out-vs-mitt',
      method: `EventBusComponent (the example's bus: 4 partitions, at-least-once) taking ${MESSAGES} messages in batches of ${BATCH} and fanning each out to ${GROUPS} consumer groups through the kernel EventBus, virtual time run to idle after each batch, vs mitt emitting the same messages to the same ${GROUPS} handlers; ${SAMPLES} alternating samples after warm-up, median. The goal is absolute (deliveries/s), not a ratio`,
      ours: rate,
      baseline: mittRate,
      unit: 'deliveries/s',
      ratio: mittRate === 0 ? 0 : rate / mittRate,
      better: 'higher',
      goal: GOAL_DELIVERIES_PER_SECOND,
      goalOf: 'ours',
      met,
      details: {
        absoluteGoal: GOAL_DELIVERIES_PER_SECOND,
        absoluteMet: met,
        oursSamples: ours,
        mittSamples: baseline,
        checksum,
      },
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runBusBench(), null, 2));
}
