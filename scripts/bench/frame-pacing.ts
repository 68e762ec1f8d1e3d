// Frame pacing of the canvas while the order-saga example runs at about 1,000 events/s, against
// the same page paused, in one headless Chromium run: p95 frame interval (requestAnimationFrame)
// and long animation frames (> 50 ms, PerformanceObserver 'long-animation-frame'). Lower is
// better here: the ratio is running p95 / paused p95, goal <= 1.2 and <= 2 long frames per 10 s.
// Run alone: `npx tsx scripts/bench/frame-pacing.ts`.
import type { Page } from '@playwright/test';
import { type AppPage, openAppPage } from './browser/app-page';
import type { BenchResult } from './types';

const WINDOW_MS = 10_000;
const TARGET_EVENTS_PER_SECOND = 1_000;
/** The speed setting that gives about the target rate with the example (measured: see details). */
const SPEED = process.env.FRAME_BENCH_SPEED ?? '2';

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
  // The example produces ~350 events per virtual second; 3x speed gives ~1,000 events/s.
  await page
    .getByLabel('Speed')
    .selectOption({ label: '5x' })
    .catch(() => page.getByLabel('Speed').selectOption('5'));
  await page.getByRole('button', { name: 'Run' }).click();
  await page.waitForTimeout(3_000);
}

/** Measures running vs paused in one page. */
export async function runFramePacingBench(): Promise<BenchResult[]> {
  const app = await openAppPage();
  try {
    await startRun(app);
    const running = await measureFrames(app.page, WINDOW_MS);
    await app.page.getByRole('button', { name: 'Pause' }).click();
    await app.page.waitForTimeout(500);
    const paused = await measureFrames(app.page, WINDOW_MS);
    const ratio = paused.p95 === 0 ? 0 : running.p95 / paused.p95;
    const eventsPerSecond = running.events / (WINDOW_MS / 1000);
    return [
      {
        name: 'canvas.frame-pacing-running-vs-paused',
        method: `order-saga example running (~${TARGET_EVENTS_PER_SECOND} events/s target) vs the same page paused, ${WINDOW_MS / 1000} s each, built app in headless Chromium; ratio = running p95 frame interval / paused p95 (LOWER is better; goal <= 1.2), plus long animation frames (> 50 ms) while running (goal <= 2 per 10 s)`,
        ours: running.p95,
        baseline: paused.p95,
        unit: 'ms (p95 frame interval)',
        ratio,
        better: 'lower',
        goal: 1.2,
        goalOf: 'ratio',
        met: ratio <= 1.2 && running.longFrames <= 2,
        details: { running, paused, eventsPerSecond, speed: SPEED, longFramesGoal: 2 },
      },
    ];
  } finally {
    await app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runFramePacingBench(), null, 2));
}
