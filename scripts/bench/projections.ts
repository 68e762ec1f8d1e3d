// The page's read models rebuilt in headless Chromium, as after a reload: the one LogFollower
// catches up from a stored log of 100k events (paged readEvents reads of the batch records) into
// the chart statistics (the kernel's ProjectionManager), saga timeline, invariants and dead
// letters, vs one raw Dexie read of every record with the same models fed at once, same page.
// Ratio = our time / baseline time, LOWER is better, goal <= 1.5.
// Run alone: `npx tsx scripts/bench/projections.ts`.
import { pathToFileURL } from 'node:url';
import { alternate } from './alternate';
import { openSeededLogBench } from './browser/log-bench-page';
import { type BenchResult, compareCost, median } from './types';

const EVENTS = Number(process.env.PROJECTION_BENCH_EVENTS ?? 100_000);
const SAMPLES = 5;
const GOAL = 1.5;
const DB = 'bench-projections';
const BIG_PAGE = 5_000;

/** Rebuild vs raw read + fold, alternating, after one warm-up of each; medians of the times. */
export async function runProjectionBench(): Promise<BenchResult[]> {
  const bench = await openSeededLogBench(DB, EVENTS);
  try {
    const ours = () => bench.call('rebuildThroughFollower', DB);
    const baseline = () => bench.call('rawReadAndFold', DB);
    await ours();
    await baseline();
    const samples = await alternate(
      SAMPLES,
      ours,
      baseline,
      () => bench.call('collectGarbage'),
      (sample) => process.stderr.write(`bench projections: sample ${sample}/${SAMPLES}\n`),
    );
    const checksums = new Set([...samples.ours, ...samples.baseline].map((s) => s.checksum));
    if (checksums.size !== 1) {
      throw new Error(
        `projection bench: the two sides built different models: ${[...checksums].join(' / ')}`,
      );
    }
    // Informative: the same catch-up with bigger pages (fewer IndexedDB transactions).
    const bigPages: number[] = [];
    for (let sample = 0; sample < 3; sample++) {
      await bench.call('collectGarbage');
      bigPages.push((await bench.call('rebuildThroughFollower', DB, BIG_PAGE)).ms);
    }
    const events = samples.ours[0]?.events ?? 0;
    const rate = (ms: number) => Math.round(events / (ms / 1000));
    const oursMs = median(samples.ours.map((s) => s.ms));
    const baselineMs = median(samples.baseline.map((s) => s.ms));
    return [
      compareCost(
        'projections.rebuild-vs-raw-fold',
        `the page's read models (chart statistics through the ProjectionManager, saga timeline, invariants, dead letters) rebuilt from ${events.toLocaleString('en-US')} stored events (order-saga log, IndexedDB, headless Chromium): the LogFollower's catch-up in readAll pages of 2,000 (readEvents over the batch records), each position applied once to all models, vs one Dexie toArray of every batch record with the same models fed at once; ms, median of ${SAMPLES} alternating samples after a warm-up; ratio = ours / baseline (LOWER is better; goal <= ${GOAL})`,
        oursMs,
        baselineMs,
        'ms',
        GOAL,
        {
          events,
          seed: bench.seed,
          oursEventsPerSecond: rate(oursMs),
          baselineEventsPerSecond: rate(baselineMs),
          oursSamplesMs: samples.ours.map((s) => Math.round(s.ms)),
          baselineSamplesMs: samples.baseline.map((s) => Math.round(s.ms)),
          models: samples.ours[0]?.checksum,
          [`oursWithPagesOf${BIG_PAGE}MedianMs`]: Math.round(median(bigPages)),
          browser: bench.browser.version(),
        },
      ),
    ];
  } finally {
    await bench.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await runProjectionBench(), null, 2));
}
