// Store benchmark in real headless Chromium (IndexedDB has no faithful Node stand-in):
// our Dexie event store against raw Dexie, side by side in one page, alternating, median of 5.
// Run alone: `npx tsx scripts/bench/store.ts` prints the results as JSON.
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { bundleBrowserEntry } from './browser/bundle';
import type { SampleResult, StoreBenchApi } from './browser/entry';
import { openBenchPage } from './browser/page';
import { type BenchResult, compare, median } from './types';

const SAMPLES = 5;
const CONCURRENT = { total: 20_000, streams: 100, rawChunk: 2_000 };
const BATCHED = { total: 5_000, batch: 500 };
const PER_EVENT = { total: 1_000 };

type Sampler = (page: Page) => Promise<SampleResult>;

/** Calls one benchmark function inside the page. */
function inPage<K extends keyof StoreBenchApi>(
  name: K,
  ...args: Parameters<StoreBenchApi[K]>
): (page: Page) => Promise<Awaited<ReturnType<StoreBenchApi[K]>>> {
  return (page) =>
    page.evaluate(
      ([fn, fnArgs]) => {
        const api = (
          globalThis as unknown as { storeBench: Record<string, (...a: unknown[]) => unknown> }
        ).storeBench;
        return api[fn]!(...fnArgs);
      },
      [name, args] as const,
    ) as Promise<Awaited<ReturnType<StoreBenchApi[K]>>>;
}

const perSecond = (sample: SampleResult) => (sample.events / sample.ms) * 1_000;

/** Runs ours and the baseline alternately (ours first on even samples), SAMPLES times each. */
async function sideBySide(page: Page, label: string, ours: Sampler, baseline: Sampler) {
  const oursSamples: SampleResult[] = [];
  const baselineSamples: SampleResult[] = [];
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    const order = sample % 2 === 0 ? [ours, baseline] : [baseline, ours];
    for (const sampler of order) {
      const result = await sampler(page);
      (sampler === ours ? oursSamples : baselineSamples).push(result);
    }
    process.stderr.write(`bench store: ${label} sample ${sample + 1}/${SAMPLES}\n`);
  }
  const rates = (samples: SampleResult[]) => samples.map((s) => Math.round(perSecond(s)));
  return {
    ours: median(oursSamples.map(perSecond)),
    baseline: median(baselineSamples.map(perSecond)),
    details: {
      oursSamples: rates(oursSamples),
      baselineSamples: rates(baselineSamples),
      oursTransactions: median(oursSamples.map((s) => s.transactions ?? 0)),
      baselineTransactions: median(baselineSamples.map((s) => s.transactions ?? 0)),
    },
  };
}

/** Measures the store in headless Chromium and returns one result per comparison. */
export async function runStoreBench(): Promise<BenchResult[]> {
  const { browser, page } = await openBenchPage(await bundleBrowserEntry());
  try {
    const eventBytes = await inPage('eventBytes')(page);
    const rollsBack = await inPage('autoIncrementRollsBack')(page);
    const browserVersion = browser.version();

    const { total, streams, rawChunk } = CONCURRENT;
    const append = await sideBySide(
      page,
      'append vs raw bulkAdd',
      inPage('ourConcurrentAppends', total, streams),
      inPage('rawBulkAdd', total, streams, rawChunk),
    );
    const rawBatching = await sideBySide(
      page,
      'raw batched vs per-event transactions',
      inPage('rawBulkAdd', BATCHED.total, 1, BATCHED.batch),
      inPage('rawBulkAdd', PER_EVENT.total, 1, 1),
    );
    const ourBatching = await sideBySide(
      page,
      'store batched vs per-event appends',
      inPage('ourSequentialAppends', BATCHED.total, BATCHED.batch),
      inPage('ourSequentialAppends', PER_EVENT.total, 1),
    );
    const common = { browser: browserVersion, eventBytes, samples: SAMPLES };
    return [
      compare(
        'store.append-vs-raw-bulkAdd',
        `${total} events of ~${eventBytes} B: ${streams} concurrent writers (one per stream) appending batches of 10-50 with exact expected versions through DexieEventStore (group commit), vs raw Dexie bulkAdd of the same rows in transactions of ${rawChunk}, same schema and indexes; events/s, median of ${SAMPLES} alternating samples`,
        append.ours,
        append.baseline,
        'events/s',
        0.8,
        { ...common, ...append.details, autoIncrementRollsBackOnAbort: rollsBack },
      ),
      compare(
        'dexie.batched-vs-per-event-transaction',
        `raw Dexie: ${BATCHED.total} events in transactions of ${BATCHED.batch} vs ${PER_EVENT.total} events with one transaction each; events/s, median of ${SAMPLES}`,
        rawBatching.ours,
        rawBatching.baseline,
        'events/s',
        5,
        { ...common, ...rawBatching.details },
      ),
      compare(
        'store.batched-vs-per-event-append',
        `DexieEventStore, one stream: ${BATCHED.total} events as awaited appends of ${BATCHED.batch} vs ${PER_EVENT.total} awaited single-event appends; events/s, median of ${SAMPLES}`,
        ourBatching.ours,
        ourBatching.baseline,
        'events/s',
        5,
        { ...common, ...ourBatching.details },
      ),
    ];
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await runStoreBench();
  console.log(JSON.stringify(results, null, 2));
}
