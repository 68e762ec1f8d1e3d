// `npm run bench`: every benchmark entry, measured side by side in one run, as one JSON summary.
// Each entry compares ours with a baseline in the same process/page, so machine speed cancels out.
// `npm run bench -- --only transfer,bundle-size` runs the named entries only (names below).
import { cpus } from 'node:os';
import { runArchiveBench } from './archive';
import { runBundleSizeBench } from './bundle-size';
import { runBusBench } from './bus';
import { runEngineBench } from './engine';
import { runEventLogBench } from './event-log';
import { runExport1mBench } from './export-1m';
import { runFramePacingBench } from './frame-pacing';
import { runProjectionBench } from './projections';
import { type NamedEntry, selectEntries } from './select-entries';
import { runTransferBench } from './transfer-rates';
import type { BenchResult } from './types';

const entries: NamedEntry<() => Promise<BenchResult[]>>[] = [
  { name: 'bus', run: runBusBench },
  { name: 'archive', run: runArchiveBench },
  { name: 'engine', run: runEngineBench },
  { name: 'projections', run: runProjectionBench },
  { name: 'transfer', run: runTransferBench },
  { name: 'export-1m', run: runExport1mBench },
  { name: 'bundle-size', run: runBundleSizeBench },
  { name: 'frame-pacing', run: runFramePacingBench },
  { name: 'event-log', run: runEventLogBench },
];

let selected: typeof entries;
try {
  selected = selectEntries(process.argv.slice(2), entries);
} catch (error) {
  process.stderr.write(`bench: ${(error as Error).message}\n`);
  process.exit(2);
}

const started = Date.now();
const results: BenchResult[] = [];
/** Seconds each entry took: the whole run has to fit in 20 minutes on the 2-core machine. */
const entrySeconds: Record<string, number> = {};
for (const { name, run } of selected) {
  process.stderr.write(`bench: ${name}...\n`);
  const entryStarted = Date.now();
  results.push(...(await run()));
  entrySeconds[name] = Math.round((Date.now() - entryStarted) / 1000);
  process.stderr.write(`bench: ${name} took ${entrySeconds[name]} s\n`);
}

for (const result of results) {
  const mark = result.met ? 'met' : 'MISSED';
  const bound = `${result.better === 'higher' ? '>=' : '<='} ${result.goal}`;
  const goal = result.goalOf === 'ratio' ? `ratio ${bound}` : `ours ${bound} ${result.unit}`;
  process.stderr.write(
    `${result.name}: ratio ${result.ratio.toFixed(2)} (goal ${goal}) ${mark} — ours ${result.ours.toFixed(1)} vs ${result.baseline.toFixed(1)} ${result.unit}\n`,
  );
}
const summary = {
  machine: { node: process.version, cpus: cpus().length },
  entries: selected.map((entry) => entry.name),
  seconds: Math.round((Date.now() - started) / 1000),
  entrySeconds,
  results,
  missed: results.filter((result) => !result.met).map((result) => result.name),
  allGoalsMet: results.every((result) => result.met),
};
console.log(JSON.stringify(summary, null, 2));
