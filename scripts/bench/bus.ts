// Bus dispatch throughput: our EventBus.publish vs mitt's emit, 10 subscribers on one event type.
// Run alone with `npx tsx scripts/bench/bus.ts` (prints JSON) or through `npm run bench`.
import mitt from 'mitt';
import { EventBus } from '../../src/core/bus/event-bus';
import { type BenchResult, compare, median } from './types';

const SUBSCRIBERS = 10;
const EMITS = 2_000_000;
const SAMPLES = 5;
const TYPE = 'order.placed';

interface BenchEvent {
  readonly type: string;
  readonly amount: number;
}

// Handlers do a little real work (sum into a shared total) so the JIT cannot drop the calls;
// both sides get the very same functions.
let total = 0;
const handlers = Array.from({ length: SUBSCRIBERS }, (_, index) => (event: BenchEvent) => {
  total += event.amount + index;
});
const event: BenchEvent = { type: TYPE, amount: 1 };

function timeOurs(emits: number): number {
  const bus = new EventBus<BenchEvent>();
  for (const handler of handlers) bus.subscribe(TYPE, handler);
  const start = performance.now();
  for (let i = 0; i < emits; i++) bus.publish(event);
  return emitsPerSecond(emits, performance.now() - start);
}

function timeMitt(emits: number): number {
  const emitter = mitt<Record<string, BenchEvent>>();
  for (const handler of handlers) emitter.on(TYPE, handler);
  const start = performance.now();
  for (let i = 0; i < emits; i++) emitter.emit(TYPE, event);
  return emitsPerSecond(emits, performance.now() - start);
}

function emitsPerSecond(emits: number, elapsedMs: number): number {
  return emits / (elapsedMs / 1000);
}

/** Measures both emitters side by side: warm-up, then alternating samples, compared by median. */
export async function runBusBench(): Promise<BenchResult[]> {
  timeOurs(EMITS / 4);
  timeMitt(EMITS / 4);
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let sample = 0; sample < SAMPLES; sample++) {
    ours.push(timeOurs(EMITS));
    baseline.push(timeMitt(EMITS));
  }
  const expectedTotal = total; // read once so the accumulated work is observable
  return [
    compare(
      'bus.publish-vs-mitt',
      `${SUBSCRIBERS} subscribers on one type, ${EMITS} sync emits per sample, ${SAMPLES} alternating samples after warm-up, median`,
      median(ours),
      median(baseline),
      'emits/s',
      1.0,
      { oursSamples: ours, mittSamples: baseline, checksum: expectedTotal },
    ),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runBusBench(), null, 2));
}
