// `npm run bench`: every benchmark entry, measured side by side in one run, as one JSON summary.
// Each entry compares ours with a baseline in the same process/page, so machine speed cancels out.
import { runBusBench } from './bus';
import { runEngineBench } from './engine';
import { runEventLogBench } from './event-log';
import { runFramePacingBench } from './frame-pacing';
import { runStoreBench } from './store';
import type { BenchResult } from './types';

const entries: Array<[string, () => Promise<BenchResult[]>]> = [
  ['bus', runBusBench],
  ['store', runStoreBench],
  ['engine', runEngineBench],
  ['frame pacing', runFramePacingBench],
  ['event log', runEventLogBench],
];

const results: BenchResult[] = [];
for (const [name, run] of entries) {
  process.stderr.write(`bench: ${name}...\n`);
  results.push(...(await run()));
}

for (const result of results) {
  const mark = result.met ? 'met' : 'MISSED';
  process.stderr.write(
    `${result.name}: ratio ${result.ratio.toFixed(2)} (goal ${result.goal}) ${mark} — ours ${Math.round(result.ours)} vs ${Math.round(result.baseline)} ${result.unit}\n`,
  );
}
const summary = {
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
  results,
  allGoalsMet: results.every((result) => result.met),
};
console.log(JSON.stringify(summary, null, 2));
