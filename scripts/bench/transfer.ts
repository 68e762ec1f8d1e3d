// Transfer in Node, for quick checks and profiling (`node --cpu-prof`): export 100k events in pages
// (each format) and parse the same file. Not part of `npm run bench`: the browser entries
// (transfer-rates.ts, export-1m.ts) measure the app's real path side by side with baselines.
// Run: npx tsx scripts/bench/transfer.ts [events]. Prints events/s and heap growth per step.

import { readFileSync } from 'node:fs';
import type { StoredEvent } from '../../src/core/messages/event';
import { Simulation } from '../../src/sim/engine/simulation';
import { logFormats } from '../../src/sim/export/log-formats';
import { createLogWriter } from '../../src/sim/export/log-writer';
import { parseImportText } from '../../src/sim/import/parse-import';
import { loadScenario } from '../../src/sim/scenario/load-scenario';
import { repeatedLogRow } from './repeated-log';

const total = Number(process.argv[2] ?? 100_000);
const PAGE = 2_000;

/** A realistic log of `total` events: the example's run repeated (as the browser benches do). */
function makeLog(): StoredEvent[] {
  const raw = JSON.parse(readFileSync('public/scenarios/order-saga.json', 'utf8'));
  const loaded = loadScenario(raw);
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const sim = new Simulation(loaded.scenario);
  sim.runUntilEvents(20_000);
  const base = sim.events();
  return Array.from({ length: total }, (_, index) => repeatedLogRow(base, index));
}

function measure<T>(label: string, work: () => T): T {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const start = performance.now();
  const result = work();
  const seconds = (performance.now() - start) / 1000;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  clearInterval(sampler);
  const mb = (peak - heapBefore) / 2 ** 20;
  console.log(
    `${label.padEnd(22)} ${Math.round(total / seconds)
      .toLocaleString('en')
      .padStart(10)} events/s  ${seconds.toFixed(2)} s  heap +${mb.toFixed(0)} MB`,
  );
  return result;
}

const log = makeLog();
console.log(`transfer bench: ${total.toLocaleString('en')} events, pages of ${PAGE}`);
for (const format of logFormats) {
  const chunks = measure(`export ${format}`, () => {
    const writer = createLogWriter(format);
    const parts = [writer.header()];
    for (let from = 0; from < log.length; from += PAGE)
      parts.push(writer.page(log.slice(from, from + PAGE)));
    parts.push(writer.footer());
    return parts;
  });
  const text = chunks.join('');
  const parsed = measure(`import ${format}`, () => parseImportText(text));
  if (!parsed.ok || parsed.kind !== 'log' || parsed.events.length !== total) {
    throw new Error(`import ${format} failed: ${parsed.ok ? parsed.kind : parsed.message}`);
  }
  console.log(`${''.padEnd(22)} file ${(text.length / 2 ** 20).toFixed(1)} MB`);
}
