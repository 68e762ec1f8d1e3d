// Engine throughput: the order-saga example run headless to 100k events, side by side with a bare
// loop applying the same decider/projection calls to the log it produced (no scheduler, no
// routing, no buses). The workload is bundled with Vite first, as the app ships it, so dev-time
// wrappers (tsx keeps function names) do not distort it. Run alone with
// `npx tsx scripts/bench/engine.ts` (prints JSON) or via `npm run bench`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { EngineMeasurement } from './engine-workload';
import { type BenchResult, median } from './types';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = fileURLToPath(new URL('./engine-workload.ts', import.meta.url));

interface Workload {
  measureEngine(scenarioJson: unknown): EngineMeasurement;
  EVENTS: number;
  SAMPLES: number;
  WARM_UP_RUNS: number;
  ABSOLUTE_GOAL: number;
}

async function loadBundledWorkload(): Promise<Workload> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => 'engine-workload.mjs' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') {
      const dir = `${root}bench-results`;
      mkdirSync(dir, { recursive: true });
      const file = `${dir}/engine-workload.mjs`;
      writeFileSync(file, chunk.code);
      return (await import(pathToFileURL(file).href)) as Workload;
    }
  }
  throw new Error('Vite produced no JavaScript chunk for the engine benchmark');
}

/** Engine vs bare loop in one process; the goal is the absolute engine rate. */
export async function runEngineBench(): Promise<BenchResult[]> {
  const workload = await loadBundledWorkload();
  const scenarioJson = JSON.parse(readFileSync(`${root}public/scenarios/order-saga.json`, 'utf8'));
  const measured = workload.measureEngine(scenarioJson);
  const ours = median(measured.engine);
  const baseline = median(measured.bare);
  const goal = workload.ABSOLUTE_GOAL;
  return [
    {
      name: 'engine.order-saga-100k',
      method: `order-saga example bundled as shipped, Simulation.runUntilEvents(${workload.EVENTS}) vs a bare loop of orderDecider.evolve + order-list + order-statistics evolve over the same log; ${workload.SAMPLES} alternating samples after ${workload.WARM_UP_RUNS} warm-up runs, median. The goal is absolute (events/s), not a ratio`,
      ours,
      baseline,
      unit: 'events/s',
      ratio: baseline === 0 ? 0 : ours / baseline,
      better: 'higher',
      goal,
      goalOf: 'ours',
      met: ours >= goal,
      details: {
        absoluteGoal: goal,
        absoluteMet: ours >= goal,
        engineSamples: measured.engine,
        bareLoopSamples: measured.bare,
        eventsPerRun: measured.events,
        stepsPerRun: measured.steps,
        virtualSecondsPerRun: measured.virtualSeconds,
        checksum: measured.checksum,
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
