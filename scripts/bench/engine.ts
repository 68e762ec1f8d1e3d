// Engine throughput: the order-saga example run headless to 100k events, side by side with a bare
// loop applying the same decider/projection calls to the log it produced (no scheduler, no
// routing, no buses). The workload is bundled with Vite first, as the app ships it, so dev-time
// wrappers (tsx keeps function names) do not distort it, and measured in a Node process of its
// own, as the app runs the engine in a worker of its own: in the bench runner's process it
// shared a heap with what the browser entries before it had left. Run alone with
// `npx tsx scripts/bench/engine.ts` (prints JSON) or via `npm run bench`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { EngineMeasurement } from './engine-workload';
import { type BenchResult, median } from './types';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = fileURLToPath(new URL('./engine-workload.ts', import.meta.url));

/** What the measuring process prints: the workload's constants and its samples. */
interface WorkloadOutput {
  readonly EVENTS: number;
  readonly SAMPLES: number;
  readonly WARM_UP_RUNS: number;
  readonly ABSOLUTE_GOAL: number;
  readonly measured: EngineMeasurement;
}

/** Runs the bundled workload in a fresh Node process and reads its JSON from stdout. */
const measureScript = `
import { readFileSync } from 'node:fs';
import * as workload from './engine-workload.mjs';
const scenario = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { EVENTS, SAMPLES, WARM_UP_RUNS, ABSOLUTE_GOAL } = workload;
const measured = workload.measureEngine(scenario);
process.stdout.write(JSON.stringify({ EVENTS, SAMPLES, WARM_UP_RUNS, ABSOLUTE_GOAL, measured }));
`;

async function bundleWorkload(): Promise<string> {
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
      writeFileSync(`${dir}/engine-workload.mjs`, chunk.code);
      const runner = `${dir}/engine-measure.mjs`;
      writeFileSync(runner, measureScript);
      return runner;
    }
  }
  throw new Error('Vite produced no JavaScript chunk for the engine benchmark');
}

/** Engine vs bare loop in one child process; the goal is the absolute engine rate. */
export async function runEngineBench(): Promise<BenchResult[]> {
  const runner = await bundleWorkload();
  const output = execFileSync(
    process.execPath,
    [runner, `${root}public/scenarios/order-saga.json`],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const workload = JSON.parse(output) as WorkloadOutput;
  const { measured } = workload;
  const ours = median(measured.engine);
  const baseline = median(measured.bare);
  const goal = workload.ABSOLUTE_GOAL;
  return [
    {
      name: 'engine.order-saga-100k',
      method: `order-saga example bundled as shipped, Simulation.runUntilEvents(${workload.EVENTS}) vs a bare loop of orderDecider.evolve + order-list + order-statistics evolve over the same log, in a Node process of its own (as the app runs the engine in a worker of its own); ${workload.SAMPLES} alternating samples after ${workload.WARM_UP_RUNS} warm-up runs, median. The goal is absolute (events/s), not a ratio`,
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
