// Frame pacing of the canvas while the order-saga example runs at 5x (~1,800 events/s, at least
// 1,000), against the same page paused, in one headless Chromium run: p95 frame interval
// (requestAnimationFrame) and long animation frames (> 50 ms, PerformanceObserver
// 'long-animation-frame'). Lower is better: the ratio is running p95 / paused p95 (median of
// alternating pairs), goal <= 1.2 and <= 2 long frames per 10 s.
// Run alone: `npx tsx scripts/bench/frame-pacing.ts`.
import type { CDPSession, Page } from '@playwright/test';
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
/** The highest speed: backpressure makes saving set the pace there (issue #14). */
const TOP_SPEED = 'max';
/** Share of wall time the main thread may spend on tasks while the example runs at 5x. */
const BUSY_SHARE_GOAL = 25;

interface FrameWindow {
  readonly p95: number;
  readonly median: number;
  readonly frames: number;
  readonly longFrames: number;
  readonly events: number;
  /** Per cent of the window's wall time the main thread spent running tasks. */
  readonly busyShare: number;
}

/** Seconds the page's main thread has spent in tasks so far (DevTools protocol `TaskDuration`). */
async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
}

/** A frame window with the main thread's busy share over the same wall time. */
async function measureWindow(page: Page, cdp: CDPSession, ms: number): Promise<FrameWindow> {
  const tasksBefore = await taskSeconds(cdp);
  const wallBefore = Date.now();
  const frames = await measureFrames(page, ms);
  const busy = (await taskSeconds(cdp)) - tasksBefore;
  return { ...frames, busyShare: (100 * busy * 1000) / (Date.now() - wallBefore) };
}

/**
 * Records rAF intervals and long animation frames in the page for `ms`. The in-page code is a
 * string: functions passed through tsx would carry its `__name` helper into the page.
 */
function measureFrames(page: Page, ms: number): Promise<Omit<FrameWindow, 'busyShare'>> {
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
  })(${ms})`) as Promise<Omit<FrameWindow, 'busyShare'>>;
}

/** Longest wait for the page to settle after Pause. */
const SETTLE_LIMIT_MS = 15_000;

/**
 * Waits (at most SETTLE_LIMIT_MS) until the main thread is busy under 10% of a second: work the
 * page defers to a stopped run (the time-travel index catching up) belongs to neither window.
 */
async function settleAfterPause(cdp: CDPSession): Promise<void> {
  const deadline = Date.now() + SETTLE_LIMIT_MS;
  while (Date.now() < deadline) {
    const before = await taskSeconds(cdp);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    if ((await taskSeconds(cdp)) - before < 0.1) return;
  }
}

async function startRun(app: AppPage, speed: string): Promise<void> {
  const { page } = app;
  await page.getByText('Order Saga').first().waitFor({ timeout: 30_000 });
  await page.getByLabel('Speed').selectOption(speed);
  await page.getByRole('button', { name: 'Run' }).click();
  await page.waitForTimeout(3_000);
}

interface FramePair {
  readonly running: FrameWindow;
  readonly paused: FrameWindow;
  readonly ratio: number;
}

/** One running window, then Pause and one paused window; the run goes on afterwards. */
async function measurePair(app: AppPage, cdp: CDPSession, last: boolean): Promise<FramePair> {
  const { page } = app;
  const running = await measureWindow(page, cdp, WINDOW_MS);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.waitForTimeout(500);
  await settleAfterPause(cdp);
  const paused = await measureWindow(page, cdp, WINDOW_MS);
  if (!last) {
    await page.getByRole('button', { name: 'Run' }).click();
    await page.waitForTimeout(1_500);
  }
  return { running, paused, ratio: paused.p95 === 0 ? 0 : running.p95 / paused.p95 };
}

/** PAIRS running/paused pairs at `speed` in a fresh page of the built app. */
async function measureSpeed(speed: string): Promise<{ pairs: FramePair[]; quietWaitMs: number }> {
  const app = await openAppPage();
  try {
    const cdp = await app.page.context().newCDPSession(app.page);
    await cdp.send('Performance.enable');
    await startRun(app, speed);
    const pairs: FramePair[] = [];
    for (let pair = 0; pair < PAIRS; pair += 1)
      pairs.push(await measurePair(app, cdp, pair === PAIRS - 1));
    return { pairs, quietWaitMs: app.quiet.waitedMs };
  } finally {
    await app.close();
  }
}

function pacingResult(
  name: string,
  speed: string,
  measured: { pairs: FramePair[]; quietWaitMs: number },
  minEventsPerSecond: number,
): BenchResult {
  const { pairs } = measured;
  const ratio = median(pairs.map((pair) => pair.ratio));
  const longFrames = median(pairs.map((pair) => pair.running.longFrames));
  const eventsPerSecond = median(pairs.map((pair) => pair.running.events / (WINDOW_MS / 1000)));
  return {
    name,
    method: `order-saga example running at ${speed}x (at least ${minEventsPerSecond} events/s) vs the same page paused, ${WINDOW_MS / 1000} s each, ${PAIRS} alternating pairs, built app in headless Chromium; ratio = median over pairs of running p95 frame interval / paused p95 (LOWER is better; goal <= 1.2), plus the median count of long animation frames (> 50 ms) while running (goal <= 2 per 10 s)`,
    ours: median(pairs.map((pair) => pair.running.p95)),
    baseline: median(pairs.map((pair) => pair.paused.p95)),
    unit: 'ms (p95 frame interval)',
    ratio,
    better: 'lower',
    goal: 1.2,
    goalOf: 'ratio',
    met: ratio <= 1.2 && longFrames <= 2 && eventsPerSecond >= minEventsPerSecond,
    details: {
      pairs,
      eventsPerSecond,
      longFrames,
      speed,
      longFramesGoal: 2,
      quietWaitMs: measured.quietWaitMs,
    },
  };
}

/**
 * Frame pacing at 5x and at the highest speed, each in its own page, PAIRS alternating
 * running/paused pairs reported by the median pair (a p95 of frame intervals sits either at one
 * frame, 16.7 ms, or at two, 33.3 ms, so a single pair flips on a few per cent of frames; every
 * pair is in the details); and the main thread's busy share at 5x (DevTools `TaskDuration` over
 * the same windows).
 */
export async function runFramePacingBench(): Promise<BenchResult[]> {
  const atSpeed = await measureSpeed(SPEED);
  const atTop = await measureSpeed(TOP_SPEED);
  const busyRunning = median(atSpeed.pairs.map((pair) => pair.running.busyShare));
  const busyPaused = median(atSpeed.pairs.map((pair) => pair.paused.busyShare));
  return [
    pacingResult('canvas.frame-pacing-running-vs-paused', SPEED, atSpeed, TARGET_EVENTS_PER_SECOND),
    // At the top speed saving sets the pace (~2,000+ events/s); the floor only says it ran.
    pacingResult('canvas.frame-pacing-max-vs-paused', TOP_SPEED, atTop, TARGET_EVENTS_PER_SECOND),
    {
      name: 'main-thread.busy-share-running-vs-paused',
      method: `share of wall time the page's main thread spends in tasks (DevTools protocol Performance.getMetrics TaskDuration, delta over each ${WINDOW_MS / 1000} s window) while the example runs at ${SPEED}x vs the same page paused, median of ${PAIRS} alternating pairs, built app in headless Chromium; goal: ours <= ${BUSY_SHARE_GOAL}% absolute`,
      ours: busyRunning,
      baseline: busyPaused,
      unit: '% of wall time',
      ratio: busyPaused === 0 ? 0 : busyRunning / busyPaused,
      better: 'lower',
      goal: BUSY_SHARE_GOAL,
      goalOf: 'ours',
      met: busyRunning <= BUSY_SHARE_GOAL,
      details: {
        running: atSpeed.pairs.map((pair) => pair.running.busyShare),
        paused: atSpeed.pairs.map((pair) => pair.paused.busyShare),
        atTopSpeed: atTop.pairs.map((pair) => pair.running.busyShare),
      },
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runFramePacingBench(), null, 2));
}
