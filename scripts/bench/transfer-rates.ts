// Export and import of a 100k-event stored log in headless Chromium (issue #6), per format
// (NDJSON, CloudEvents JSON, CSV), side by side in one page:
// - export: the app's streaming export (streamLogExport, pages of 2,000, chunks -> Blob) vs one
//   Dexie toArray + the same writer over all rows at once -> Blob; events/s, and live heap growth;
// - import: the exported file through parseImportText + storeImportedLog vs the stored rows as
//   plain JSON lines, JSON.parse'd without validation and bulkAdd'ed as batch records; events/s.
// Run alone: `npx tsx scripts/bench/transfer-rates.ts`.
import { pathToFileURL } from 'node:url';
import type { LogFormat } from '../../src/sim/export/log-formats';
import { alternate } from './alternate';
import { type LogBenchPage, openSeededLogBench } from './browser/log-bench-page';
import type { TransferSample } from './browser/transfer-samples';
import { type BenchResult, compare, compareCost, median } from './types';

const EVENTS = Number(process.env.TRANSFER_BENCH_EVENTS ?? 100_000);
const SAMPLES = Number(process.env.TRANSFER_BENCH_SAMPLES ?? 3);
const FORMATS: readonly LogFormat[] = ['ndjson', 'json', 'csv'];
const SOURCE_DB = 'bench-transfer-source';
const IMPORT_DB = 'bench-transfer-import';
const MB = 2 ** 20;
/** Streaming reads 50 pages where the baseline reads once: it may cost up to a fifth. */
const EXPORT_RATE_GOAL = 0.8;
/** Streaming must not hold the rows: at most half the baseline's live heap. */
const EXPORT_HEAP_GOAL = 0.5;
/** Validation must not dominate: at least half the unvalidated parse + bulkAdd rate. */
const IMPORT_RATE_GOAL = 0.5;

const perSecond = (samples: readonly TransferSample[]) =>
  median(samples.map((s) => s.events / (s.ms / 1000)));
const rounded = (values: readonly number[]) => values.map((value) => Math.round(value));

async function measureExport(bench: LogBenchPage, format: LogFormat): Promise<BenchResult[]> {
  const ours = () => bench.call('exportStreamed', SOURCE_DB, format, false, 1);
  const baseline = () => bench.call('exportAllAtOnce', SOURCE_DB, format, false);
  const gc = () => bench.call('collectGarbage');
  await ours(); // warm-up of both sides (JIT, Dexie's first reads); also writes the file to import
  await baseline();
  const timed = await alternate(SAMPLES, ours, baseline, gc, (n) =>
    process.stderr.write(`bench transfer: export ${format} sample ${n}/${SAMPLES}\n`),
  );
  const heap = await alternate(
    1,
    () => bench.call('exportStreamed', SOURCE_DB, format, true, 1),
    () => bench.call('exportAllAtOnce', SOURCE_DB, format, true),
    gc,
  );
  await gc();
  const whatIf = await bench.call('exportToBlobPerPage', SOURCE_DB, format, 1);
  const oursHeap = (heap.ours[0]?.peakHeapBytes ?? 0) / MB;
  const baselineHeap = (heap.baseline[0]?.peakHeapBytes ?? 0) / MB;
  const fileMb = (timed.ours[0]?.bytes ?? 0) / MB;
  const common = { events: EVENTS, format, fileMb, samples: SAMPLES };
  return [
    compare(
      `export.${format}.rate-vs-all-at-once`,
      `${EVENTS.toLocaleString('en-US')} stored events to a ${format} Blob: streamLogExport (DexieEventLogSource pages of 2,000, one chunk per page) vs one Dexie toArray + formatLog over all rows; events/s, median of ${SAMPLES} alternating samples (GC between, untimed)`,
      perSecond(timed.ours),
      perSecond(timed.baseline),
      'events/s',
      EXPORT_RATE_GOAL,
      {
        ...common,
        oursSamplesMs: rounded(timed.ours.map((s) => s.ms)),
        baselineSamplesMs: rounded(timed.baseline.map((s) => s.ms)),
      },
    ),
    compareCost(
      `export.${format}.heap-vs-all-at-once`,
      `the same two exports, one more run each with the live JS heap read (full GC, performance.memory) after every page / after toArray, formatting and the Blob; peak growth over the heap before, MB; ratio = ours / baseline (LOWER is better; goal <= ${EXPORT_HEAP_GOAL})`,
      oursHeap,
      baselineHeap,
      'MB peak live heap',
      EXPORT_HEAP_GOAL,
      {
        ...common,
        oursHeapPerFileByte: fileMb === 0 ? 0 : oursHeap / fileMb,
        blobPerPageWhatIfHeapMb: (whatIf.peakHeapBytes ?? 0) / MB,
      },
    ),
  ];
}

async function measureImport(bench: LogBenchPage, format: LogFormat): Promise<BenchResult> {
  await bench.call('importOurs', IMPORT_DB, format, false); // warm-up
  await bench.call('importRaw', IMPORT_DB, false);
  const timed = await alternate(
    SAMPLES,
    () => bench.call('importOurs', IMPORT_DB, format, false),
    () => bench.call('importRaw', IMPORT_DB, false),
    () => bench.call('collectGarbage'),
    (n) => process.stderr.write(`bench transfer: import ${format} sample ${n}/${SAMPLES}\n`),
  );
  const heap = await bench.call('importOurs', IMPORT_DB, format, true);
  const parseRate = (samples: readonly TransferSample[]) =>
    median(samples.map((s) => s.events / ((s.parseMs ?? s.ms) / 1000)));
  return compare(
    `import.${format}.rate-vs-raw`,
    `the exported ${format} file (${EVENTS.toLocaleString('en-US')} events): Blob.text() + parseImportText (detect, parse, validate every record) + storeImportedLog (replace, one transaction, records of 5,000 events) vs the stored events as plain JSON lines: Blob.text() + JSON.parse per line (no validation) + clear + one bulkAdd of batch records of 5,000 events in one transaction; events/s, median of ${SAMPLES} alternating samples`,
    perSecond(timed.ours),
    perSecond(timed.baseline),
    'events/s',
    IMPORT_RATE_GOAL,
    {
      format,
      samples: SAMPLES,
      oursSamplesMs: rounded(timed.ours.map((s) => s.ms)),
      baselineSamplesMs: rounded(timed.baseline.map((s) => s.ms)),
      oursParseEventsPerSecond: Math.round(parseRate(timed.ours)),
      baselineParseEventsPerSecond: Math.round(parseRate(timed.baseline)),
      oursPeakHeapMb: Math.round((heap.peakHeapBytes ?? 0) / MB),
      fileMb: (timed.ours[0]?.bytes ?? 0) / MB,
    },
  );
}

/** Seeds 100k events, then per format: export (rate, heap), then import of that very file. */
export async function runTransferBench(): Promise<BenchResult[]> {
  const bench = await openSeededLogBench(SOURCE_DB, EVENTS);
  try {
    const rawFileBytes = await bench.call('prepareRawRowsFile', SOURCE_DB);
    const results: BenchResult[] = [];
    for (const format of FORMATS) {
      results.push(...(await measureExport(bench, format)));
      results.push(await measureImport(bench, format));
    }
    const shared = {
      seed: bench.seed,
      rawRowsFileMb: rawFileBytes / MB,
      browser: bench.browser.version(),
    };
    return results.map((result) => ({ ...result, details: { ...result.details, ...shared } }));
  } finally {
    await bench.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await runTransferBench(), null, 2));
}
