// The event archive's write rate in headless Chromium on a persistent (on-disk) profile (issue
// #14): the order-saga example's log written by the app's DexieEventArchive (a record per batch,
// EventfoldDb version 3) vs the row-per-event form of version 1 (raw Dexie bulkAdd into a table
// with the old schema and its five indexes), the same events in the same batch sizes, side by
// side in one page, alternating, median of SAMPLES. Around every sample the CPU time of all the
// browser's processes is read from /proc, so the cost per event is measured too.
// Run alone: `npx tsx scripts/bench/archive.ts` prints the results as JSON.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { alternate } from './alternate';
import type { ArchiveBenchApi, WriteSample } from './browser/archive-entry';
import { bundleBrowserEntry } from './browser/bundle';
import {
  chromiumVersion,
  openPersistentBenchPage,
  type PersistentBenchPage,
} from './browser/persistent-page';
import { type BenchResult, compare, compareCost, median } from './types';

const EVENTS = Number(process.env.ARCHIVE_BENCH_EVENTS ?? 30_000);
const SAMPLES = Number(process.env.ARCHIVE_BENCH_SAMPLES ?? 3);
const WARM_UP_EVENTS = Math.min(EVENTS, 3_000);
/** A live run's write: ~150 events (3,500 events/s, a snapshot every ~45 ms). */
const LIVE_BATCH = 150;
/** A backlog's write: the archive's most events per record (DexieEventArchive default). */
const BACKLOG_BATCH = 2_000;
/** Goals: the new form must at least double what is saved per second and halve the CPU. */
const RATE_GOAL = 2;
const CPU_GOAL = 0.5;
/** After a write resolves, IndexedDB may still flush or compact: read the CPU this much later. */
const SETTLE_MS = 500;

const entry = fileURLToPath(new URL('./browser/archive-entry.ts', import.meta.url));
const scenarioFile = fileURLToPath(
  new URL('../../public/scenarios/order-saga.json', import.meta.url),
);

/** One sample with the browser's CPU seconds it cost (settle window's idle share subtracted). */
interface Measured extends WriteSample {
  readonly cpuSeconds: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const perSecond = (s: Measured) => s.events / (s.ms / 1000);
const cpuUsPerEvent = (s: Measured) => (s.cpuSeconds * 1e6) / s.events;

function caller(bench: PersistentBenchPage) {
  return <K extends keyof ArchiveBenchApi>(
    name: K,
    ...args: Parameters<ArchiveBenchApi[K]>
  ): Promise<Awaited<ReturnType<ArchiveBenchApi[K]>>> =>
    bench.page.evaluate(
      ([fn, fnArgs]) => {
        const api = (
          globalThis as unknown as { archiveBench: Record<string, (...a: unknown[]) => unknown> }
        ).archiveBench;
        return api[fn]!(...fnArgs);
      },
      [name, args] as const,
    ) as never;
}

/**
 * Browser CPU seconds per second while nothing is measured (subtracted from each settle wait):
 * the least of three one-second windows after a second's pause, since a fresh profile and the
 * log's making leave some work behind at first.
 */
async function idleCpuRate(bench: PersistentBenchPage): Promise<number> {
  await sleep(1_000);
  const windows: number[] = [];
  for (let window = 0; window < 3; window++) {
    const before = bench.cpuSeconds();
    await sleep(1_000);
    windows.push(bench.cpuSeconds() - before);
  }
  return Math.min(...windows);
}

/** Runs `write` on a fresh database; the CPU window is the write plus SETTLE_MS. */
async function measure(
  bench: PersistentBenchPage,
  idleRate: number,
  db: string,
  write: (db: string) => Promise<WriteSample>,
): Promise<Measured> {
  const call = caller(bench);
  await call('dropDb', db);
  const before = bench.cpuSeconds();
  const sample = await write(db);
  await sleep(SETTLE_MS);
  const cpuSeconds = Math.max(0, bench.cpuSeconds() - before - (idleRate * SETTLE_MS) / 1000);
  await call('dropDb', db);
  return { ...sample, cpuSeconds };
}

interface Pair {
  readonly label: string;
  readonly batch: number;
  readonly ours: Measured[];
  readonly baseline: Measured[];
}

async function measurePair(
  bench: PersistentBenchPage,
  idleRate: number,
  label: string,
  batch: number,
  paced: boolean,
): Promise<Pair> {
  const call = caller(bench);
  const ours = (count: number) => () =>
    measure(bench, idleRate, 'bench-archive', (db) =>
      call('archiveWrites', db, count, batch, paced),
    );
  const baseline = (count: number) => () =>
    measure(bench, idleRate, 'bench-row-per-event', (db) =>
      call('rowPerEventWrites', db, count, batch),
    );
  await ours(WARM_UP_EVENTS)();
  await baseline(WARM_UP_EVENTS)();
  const samples = await alternate(SAMPLES, ours(EVENTS), baseline(EVENTS), undefined, (n) =>
    process.stderr.write(`bench archive: ${label} sample ${n}/${SAMPLES}\n`),
  );
  return { label, batch, ...samples };
}

function pairDetails(pair: Pair) {
  const rates = (s: Measured[]) => s.map((x) => Math.round(perSecond(x)));
  const cpu = (s: Measured[]) => s.map((x) => Math.round(cpuUsPerEvent(x)));
  return {
    batch: pair.batch,
    oursEventsPerSecondSamples: rates(pair.ours),
    baselineEventsPerSecondSamples: rates(pair.baseline),
    oursCpuUsPerEventSamples: cpu(pair.ours),
    baselineCpuUsPerEventSamples: cpu(pair.baseline),
    oursCpuSecondsPer100k: round1(median(pair.ours.map(cpuUsPerEvent)) / 10),
    baselineCpuSecondsPer100k: round1(median(pair.baseline.map(cpuUsPerEvent)) / 10),
    oursRecords: pair.ours[0]?.records,
    oursTransactions: pair.ours[0]?.transactions,
    baselineTransactions: pair.baseline[0]?.transactions,
  };
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** Measures both forms in one persistent-profile page and returns one result per comparison. */
export async function runArchiveBench(): Promise<BenchResult[]> {
  const bench = await openPersistentBenchPage(await bundleBrowserEntry(entry), 'archiveBench');
  try {
    const call = caller(bench);
    const scenario = JSON.parse(readFileSync(scenarioFile, 'utf8')) as unknown;
    const prepared = await call('prepareLog', scenario, EVENTS);
    const idleRate = await idleCpuRate(bench);
    const live = await measurePair(
      bench,
      idleRate,
      `live, batches of ${LIVE_BATCH}`,
      LIVE_BATCH,
      true,
    );
    const backlog = await measurePair(
      bench,
      idleRate,
      `backlog, records of ${BACKLOG_BATCH}`,
      BACKLOG_BATCH,
      false,
    );
    const common = {
      browser: chromiumVersion(),
      profile: 'persistent (on disk)',
      events: EVENTS,
      jsonBytesPerEvent: prepared.jsonBytesPerEvent,
      samples: SAMPLES,
      idleBrowserCpuPerSecond: round3(idleRate),
      engineReference:
        'engine.order-saga-100k (`npm run bench -- --only engine`): the headless engine at max, events/s',
    };
    const events = EVENTS.toLocaleString('en-US');
    const how = `${events} events of the order-saga example (~${prepared.jsonBytesPerEvent} B as JSON), headless Chromium, persistent profile, one page`;
    type Pair = { ours: readonly Measured[]; baseline: readonly Measured[] };
    const medians = (pair: Pair, of: (sample: Measured) => number) => ({
      ours: median(pair.ours.map(of)),
      baseline: median(pair.baseline.map(of)),
    });
    const liveRate = medians(live, perSecond);
    const backlogRate = medians(backlog, perSecond);
    const liveCpu = medians(live, cpuUsPerEvent);
    const backlogCpu = medians(backlog, cpuUsPerEvent);
    const results = [
      compare(
        'archive.live-batches-vs-row-per-event',
        `${how}: DexieEventArchive.append of ${LIVE_BATCH}-event batches, each durable (one batch record, one transaction checking the head) before the next, vs raw Dexie bulkAdd of the same ${LIVE_BATCH} events per transaction into a row-per-event table with the old schema (${'`position, &id, &[streamId+streamVersion], type, correlationId, time`'}); durable events/s, median of ${SAMPLES} alternating samples after a warm-up`,
        liveRate.ours,
        liveRate.baseline,
        'events/s',
        RATE_GOAL,
        { ...common, ...pairDetails(live) },
      ),
      compare(
        'archive.backlog-vs-row-per-event',
        `${how}: all events appended to DexieEventArchive at once in ${LIVE_BATCH}-event batches (the engine ahead of saving), written as records of up to ${BACKLOG_BATCH}, vs raw Dexie bulkAdd of ${BACKLOG_BATCH} rows per transaction into the old row-per-event table; durable events/s, median of ${SAMPLES} alternating samples`,
        backlogRate.ours,
        backlogRate.baseline,
        'events/s',
        RATE_GOAL,
        { ...common, ...pairDetails(backlog) },
      ),
      compareCost(
        'archive.cpu-per-event-vs-row-per-event',
        `the live pair above: CPU time (utime + stime from /proc/<pid>/stat) of every process of the browser (browser, renderer, storage and network services, GPU) from the write's start to ${SETTLE_MS} ms after it resolved, idle rate subtracted, per event; median of ${SAMPLES}; ratio = ours / baseline (LOWER is better)`,
        liveCpu.ours,
        liveCpu.baseline,
        'us CPU/event',
        CPU_GOAL,
        {
          ...common,
          liveCpuSecondsPer100k: {
            ours: round1(liveCpu.ours / 10),
            baseline: round1(liveCpu.baseline / 10),
          },
          backlogCpuUsPerEvent: {
            ours: Math.round(backlogCpu.ours),
            baseline: Math.round(backlogCpu.baseline),
            ratio: round3(backlogCpu.ours / backlogCpu.baseline),
          },
        },
      ),
    ];
    process.stderr.write(
      `bench archive: live ${LIVE_BATCH}: ${Math.round(liveRate.ours)} vs ${Math.round(liveRate.baseline)} events/s (x${(liveRate.ours / liveRate.baseline).toFixed(2)}), CPU ${Math.round(liveCpu.ours)} vs ${Math.round(liveCpu.baseline)} us/event (x${(liveCpu.ours / liveCpu.baseline).toFixed(2)}); ` +
        `backlog ${BACKLOG_BATCH}: ${Math.round(backlogRate.ours)} vs ${Math.round(backlogRate.baseline)} events/s (x${(backlogRate.ours / backlogRate.baseline).toFixed(2)}), CPU ${Math.round(backlogCpu.ours)} vs ${Math.round(backlogCpu.baseline)} us/event (x${(backlogCpu.ours / backlogCpu.baseline).toFixed(2)}) [new / old]; ` +
        `for the headless engine's events/s at max see the engine entry (--only engine)\n`,
    );
    return results;
  } finally {
    await bench.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await runArchiveBench(), null, 2));
}
