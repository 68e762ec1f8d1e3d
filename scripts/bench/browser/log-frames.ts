import type { Page } from '@playwright/test';

/** rAF frame intervals over one window, with what the log showed meanwhile. */
export interface LogFrameWindow {
  readonly intervals: readonly number[];
  readonly longFrames: number;
  /** Frames in which some visible row still waited for its page. */
  readonly framesWithLoadingRows: number;
}

/**
 * `none`: no scrolling; `sweep`: down and up the whole range in one window (a fling: rows fly
 * past faster than they could be read); `crawl`: 40 rows (960 px) a frame from `startFraction`
 * of the range on, slow enough that every page is read and shown.
 */
export type ScrollMode = 'none' | 'sweep' | 'crawl';

const CRAWL_PX_PER_FRAME = 40 * 24;

/**
 * Records rAF intervals for `ms` in the page, setting the Event log grid's scrollTop every frame
 * as `mode` says. In-page code is a string: tsx's `__name` helper would break a function passed
 * to page.evaluate.
 */
export function measureLogFrames(
  page: Page,
  ms: number,
  mode: ScrollMode,
  startFraction = 0.5,
): Promise<LogFrameWindow> {
  return page.evaluate(`(async () => {
    const windowMs = ${ms}, mode = ${JSON.stringify(mode)}, crawlPx = ${CRAWL_PX_PER_FRAME};
    const grid = document.querySelector('table[role="grid"]');
    if (!grid) throw new Error('the Event log grid is not on the page');
    const range = grid.scrollHeight - grid.clientHeight;
    const crawlFrom = Math.round(range * ${startFraction});
    const intervals = [];
    let longFrames = 0, framesWithLoadingRows = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.duration > 50) longFrames += 1;
    });
    try { observer.observe({ type: 'long-animation-frame', buffered: false }); }
    catch { observer.observe({ type: 'longtask', buffered: false }); }
    await new Promise((resolve) => {
      let last = performance.now();
      const start = last, end = start + windowMs;
      const frame = (now) => {
        intervals.push(now - last);
        last = now;
        if (grid.querySelector('.log-cell--loading')) framesWithLoadingRows += 1;
        if (mode === 'sweep') {
          const t = Math.min(1, (now - start) / windowMs);
          grid.scrollTop = Math.round(range * (t < 0.5 ? t * 2 : 2 - t * 2));
        } else if (mode === 'crawl') {
          grid.scrollTop = crawlFrom + intervals.length * crawlPx;
        }
        if (now < end) requestAnimationFrame(frame);
        else resolve();
      };
      requestAnimationFrame(frame);
    });
    observer.disconnect();
    return { intervals, longFrames, framesWithLoadingRows };
  })()`) as Promise<LogFrameWindow>;
}

/** Frame statistics over pooled windows. */
export interface FrameStats {
  readonly p95: number;
  readonly median: number;
  readonly max: number;
  readonly frames: number;
  readonly longFrames: number;
  readonly framesWithLoadingRows: number;
}

/** Pools windows (measured in alternation with others, so load bursts hit every kind alike). */
export function poolFrames(windows: readonly LogFrameWindow[]): FrameStats {
  const sorted = windows.flatMap((window) => window.intervals).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const sum = (key: 'longFrames' | 'framesWithLoadingRows') =>
    windows.reduce((total, window) => total + window[key], 0);
  return {
    p95: at(0.95),
    median: at(0.5),
    max: sorted.at(-1) ?? 0,
    frames: sorted.length,
    longFrames: sum('longFrames'),
    framesWithLoadingRows: sum('framesWithLoadingRows'),
  };
}
