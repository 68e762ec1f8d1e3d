// Frame pacing of the canvas while the order-saga example runs at 5x (~1,800 events/s, at least
// 1,000), against the same page paused, in one headless Chromium run: p95 frame interval
// (requestAnimationFrame) and long animation frames (> 50 ms, PerformanceObserver
// 'long-animation-frame'). Lower is better: the ratio is running p95 / paused p95 (median of
// alternating pairs), goal <= 1.2 and <= 2 long frames per 10 s.
// Run alone: `npx tsx scripts/bench/frame-pacing.ts`.
import type { Page } from '@playwright/test';
import { type AppPage, openAppPage } from './browser/app-page';
import { type BenchResult, median } from './types';

const WINDOW_MS = 10_000;
/** Running/paused pairs measured one after the other in the same page. */
const PAIRS = 3;
const TARGET_EVENTS_PER_SECOND = 1_000;
/**
 * The toolbar speed: the example makes ~360 events per virtual second, so 5x gives ~1,800
 * events/s, above the target (the rate measured is in the details).
 */
const SPEED = process.env.FRAME_BENCH_SPEED ?? '5';

interface FrameWindow {
  readonly p95: number;
  readonly median: number;
  readonly frames: number;
  readonly longFrames: number;
  readonly events: number;
}

/**
 * Records rAF intervals and long animation frames in the page for `ms`. The in-page code is a
 * string: functions passed through tsx would carry its `__name` helper into the page.
 */
function measureFrames(page: Page, ms: number): Promise<FrameWindow> {
  return page.evaluate(`(async (windowMs) => {
    const statusText = () => document.querySelector('[role="status"]')?.textContent ?? '';
    const eventsNow = () => Number(/(\\d+) events/.exec(statusText())?.[1] ?? 0);
    const intervals = [];
    let longFrames = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.duration > 50) longFrames += 1;
    });
    try {
      observer.observe({ type: 'long-animation-frame', buffered: false });
    } catch {
      observer.observe({ type: 'longtask', buffered: false });
    }
    const startEvents = eventsNow();
    await new Promise((resolve) => {
      let last = performance.now();
      const end = last + windowMs;
      const frame = (now) => {
        intervals.push(now - last);
        last = now;
        if (now < end) requestAnimationFrame(frame);
        else resolve();
      };
      requestAnimationFrame(frame);
    });
    observer.disconnect();
    const sorted = [...intervals].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    return { p95: at(0.95), median: at(0.5), frames: intervals.length, longFrames, events: eventsNow() - startEvents };
  })(${ms})`) as Promise<FrameWindow>;
}

async function startRun(app: AppPage): Promise<void> {
  const { page } = app;
  await page.getByText('Order Saga').first().waitFor({ timeout: 30_000 });
  await page.getByLabel('Speed').selectOption(SPEED);
  await page.getByRole('button', { name: 'Run' }).click();
  await page.waitForTimeout(3_000);
}

interface FramePair {
  readonly running: FrameWindow;
  readonly paused: FrameWindow;
  readonly ratio: number;
}

/** One running window, then Pause and one paused window; the run goes on afterwards. */
async function measurePair(app: AppPage, last: boolean): Promise<FramePair> {
  const { page } = app;
  const running = await measureFrames(page, WINDOW_MS);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.waitForTimeout(500);
  const paused = await measureFrames(page, WINDOW_MS);
  if (!last) {
    await page.getByRole('button', { name: 'Run' }).click();
    await page.waitForTimeout(1_500);
  }
  return { running, paused, ratio: paused.p95 === 0 ? 0 : running.p95 / paused.p95 };
}

/**
 * Measures running vs paused in one page, PAIRS times alternating, and reports the median pair:
 * a p95 of frame intervals sits either at one frame (16.7 ms) or at two (33.3 ms), so a single
 * pair flips on a few per cent of frames; every pair is in the details.
 */
export async function runFramePacingBench(): Promise<BenchResult[]> {
  const app = await openAppPage();
  try {
    await startRun(app);
    const pairs: FramePair[] = [];
    for (let pair = 0; pair < PAIRS; pair += 1)
      pairs.push(await measurePair(app, pair === PAIRS - 1));
    const ratio = median(pairs.map((pair) => pair.ratio));
    const longFrames = median(pairs.map((pair) => pair.running.longFrames));
    const eventsPerSecond = median(pairs.map((pair) => pair.running.events / (WINDOW_MS / 1000)));
    const runningP95 = median(pairs.map((pair) => pair.running.p95));
    const pausedP95 = median(pairs.map((pair) => pair.paused.p95));
    return [
      {
        name: 'canvas.frame-pacing-running-vs-paused',
        method: `order-saga example running at ${SPEED}x (at least ${TARGET_EVENTS_PER_SECOND} events/s) vs the same page paused, ${WINDOW_MS / 1000} s each, ${PAIRS} alternating pairs, built app in headless Chromium; ratio = median over pairs of running p95 frame interval / paused p95 (LOWER is better; goal <= 1.2), plus the median count of long animation frames (> 50 ms) while running (goal <= 2 per 10 s)`,
        ours: runningP95,
        baseline: pausedP95,
        unit: 'ms (p95 frame interval)',
        ratio,
        better: 'lower',
        goal: 1.2,
        goalOf: 'ratio',
        met: ratio <= 1.2 && longFrames <= 2 && eventsPerSecond >= TARGET_EVENTS_PER_SECOND,
        details: {
          pairs,
          eventsPerSecond,
          longFrames,
          speed: SPEED,
          longFramesGoal: 2,
          quietWaitMs: app.quiet.waitedMs,
        },
      },
    ];
  } finally {
    await app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runFramePacingBench(), null, 2));
}
