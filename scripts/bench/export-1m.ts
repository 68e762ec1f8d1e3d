// A 1,000,000-event NDJSON export in headless Chromium: the app's streaming export's rate and
// peak live JS heap, against the all-at-once baseline (one toArray + the writer over all rows)
// when that survives, and a what-if (each page's text made a Blob at once) for the record.
// Heap readings (full GC) every 50 pages and at the end. Ratio = our peak heap / the baseline's,
// LOWER is better, goal <= 0.5 as at 100k. Run alone: `npx tsx scripts/bench/export-1m.ts`.
import { pathToFileURL } from 'node:url';
import { openSeededLogBench } from './browser/log-bench-page';
import type { TransferSample } from './browser/transfer-samples';
import { type BenchResult, compareCost } from './types';

const EVENTS = Number(process.env.EXPORT_1M_EVENTS ?? 1_000_000);
const DB = 'bench-export-1m';
const PROBE_EVERY_PAGES = 50;
const GOAL = 0.5;
const MB = 2 ** 20;

const summary = (sample: TransferSample) => ({
  seconds: Math.round(sample.ms / 100) / 10,
  eventsPerSecond: Math.round(sample.events / (sample.ms / 1000)),
  peakHeapMb: Math.round((sample.peakHeapBytes ?? 0) / MB),
  fileMb: Math.round(sample.bytes / MB),
});

/** Seeds EVENTS events, exports them streamed, then per-page Blobs, then all at once (last: it may crash the page). */
export async function runExport1mBench(): Promise<BenchResult[]> {
  const bench = await openSeededLogBench(DB, EVENTS);
  process.stderr.write(
    `bench export-1m: seeded ${EVENTS} events in ${Math.round(bench.seed.ms / 1000)} s\n`,
  );
  try {
    await bench.call('collectGarbage');
    const ours = await bench.call('exportStreamed', DB, 'ndjson', true, PROBE_EVERY_PAGES);
    process.stderr.write(`bench export-1m: streamed ${JSON.stringify(summary(ours))}\n`);
    await bench.call('collectGarbage');
    const whatIf = await bench.call('exportToBlobPerPage', DB, 'ndjson', PROBE_EVERY_PAGES);
    process.stderr.write(`bench export-1m: blob per page ${JSON.stringify(summary(whatIf))}\n`);
    await bench.call('collectGarbage');
    let baseline: TransferSample | undefined;
    let baselineFailure: string | undefined;
    try {
      baseline = await bench.call('exportAllAtOnce', DB, 'ndjson', true);
      process.stderr.write(`bench export-1m: all at once ${JSON.stringify(summary(baseline))}\n`);
    } catch (error) {
      baselineFailure = (error as Error).message.split('\n')[0];
      process.stderr.write(`bench export-1m: all at once failed: ${baselineFailure}\n`);
    }
    const oursMb = (ours.peakHeapBytes ?? 0) / MB;
    const baselineMb = baseline ? (baseline.peakHeapBytes ?? 0) / MB : Number.NaN;
    const result = compareCost(
      'export.ndjson-1m.heap-vs-all-at-once',
      `${EVENTS.toLocaleString('en-US')} stored events (order-saga log) exported as NDJSON in headless Chromium: streamLogExport -> Blob vs one toArray + formatLog -> Blob; peak live JS heap growth (full GC + performance.memory every ${PROBE_EVERY_PAGES} pages and at the end / after each step), MB; ratio = ours / baseline (LOWER is better; goal <= ${GOAL}). If the baseline cannot finish, the entry is met when ours did`,
      oursMb,
      baselineMb,
      'MB peak live heap',
      GOAL,
      {
        events: EVENTS,
        seed: bench.seed,
        streamed: summary(ours),
        blobPerPageWhatIf: summary(whatIf),
        allAtOnce: baseline ? summary(baseline) : { failed: baselineFailure },
        browser: bench.browser.version(),
      },
    );
    return [baseline ? result : { ...result, ratio: 0, met: ours.events === EVENTS }];
  } finally {
    await bench.close().catch(() => {});
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await runExport1mBench(), null, 2));
}
