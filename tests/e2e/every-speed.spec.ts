import { type CDPSession, expect, type Page, test } from '@playwright/test';
import { openExample, statusBar, statusNumber, toolbarButton } from './run-support';
import { readStoredState } from './stored-state';

/** How long each speed runs, and the bounds issue #14 sets for the whole of it. */
const RUN_MS = 60_000;
const ANSWER_BOUND_MS = 200;
const PAGE_HEAP_BOUND_MB = 200;
const SAVED_AFTER_PAUSE_MS = 5_000;

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** The page's JS heap in use, as Chromium's DevTools protocol reports it. */
async function pageHeap(cdp: CDPSession): Promise<number> {
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Every how many samples the heap is also measured after a full collection. */
const COLLECT_EVERY = 20;

/**
 * Runs for `ms` while asking the page a trivial question every 250 ms: how long the answer
 * takes is how long a click would wait. Returns the slowest answer, the largest heap seen
 * (garbage included: when the collector runs is the browser's choice) and the largest heap
 * still held after a forced full collection every few seconds: what the page keeps, which is
 * what grew without bound before backpressure.
 */
async function watchWhileRunning(page: Page, cdp: CDPSession, ms: number) {
  let slowestMs = 0;
  let largestHeap = 0;
  let largestRetained = 0;
  let samples = 0;
  const slow: string[] = [];
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const asked = Date.now();
    await page.evaluate(() => document.readyState);
    const answerMs = Date.now() - asked;
    if (answerMs > 100) slow.push(`#${samples}:${answerMs}ms`);
    slowestMs = Math.max(slowestMs, answerMs);
    largestHeap = Math.max(largestHeap, await pageHeap(cdp));
    samples += 1;
    if (samples % COLLECT_EVERY === 0) {
      await cdp.send('HeapProfiler.collectGarbage');
      largestRetained = Math.max(largestRetained, await pageHeap(cdp));
    }
    // Paced by the loop, not a fixed sleep on state: this is the measurement's sampling interval.
    await page.waitForTimeout(250);
  }
  return {
    slowestMs,
    largestHeapMb: megabytes(largestHeap),
    retainedHeapMb: megabytes(largestRetained),
    samples,
    slow,
  };
}

for (const speed of ['1', '10', '100', 'max']) {
  test(`at ${speed === 'max' ? 'max speed' : `${speed}x`} the run survives a minute: the page answers, its heap stays bounded, saving catches up and a reload restores the count`, async ({
    page,
  }) => {
    test.setTimeout(RUN_MS + 90_000);
    const problems = await openExample(page);
    const cdp = await page.context().newCDPSession(page);
    // The page has finished opening (the example saved as the workspace) before the run starts:
    // the minute measures the run, not the first visit's start-up work.
    await expect.poll(async () => (await readStoredState(page)).workspace?.components).toBe(14);
    await page.getByLabel('Speed').selectOption(speed);
    await toolbarButton(page, 'Run').click();
    await expect(statusBar(page)).toContainText('Running');

    const watched = await watchWhileRunning(page, cdp, RUN_MS);
    const heldText = (await statusBar(page).textContent()) ?? '';
    await toolbarButton(page, 'Pause').click();
    await expect(statusBar(page)).toContainText('Paused');
    const events = await statusNumber(page, 'events');
    const steps = await statusNumber(page, 'steps');
    const paused = Date.now();
    await expect(statusBar(page)).toContainText(`saved ${events}/${events}`, {
      timeout: SAVED_AFTER_PAUSE_MS,
    });
    const savedAfterMs = Date.now() - paused;
    console.log(
      `speed ${speed}: ${events} events in ${RUN_MS / 1000} s; slowest answer ${watched.slowestMs} ms over ${watched.samples} samples; page heap at most ${watched.largestHeapMb} MB (${watched.retainedHeapMb} MB after a full collection); saved ${savedAfterMs} ms after Pause; answers over 100 ms: ${watched.slow.join(' ') || 'none'}; status while running: "${heldText}"`,
    );
    expect(events).toBeGreaterThan(0);
    expect(watched.slowestMs).toBeLessThanOrEqual(ANSWER_BOUND_MS);
    expect(watched.retainedHeapMb).toBeGreaterThan(0);
    expect(watched.retainedHeapMb).toBeLessThanOrEqual(PAGE_HEAP_BOUND_MB);

    // The reload brings back the paused run once its workspace is saved at the paused step.
    await expect.poll(async () => (await readStoredState(page)).workspace?.steps).toBe(steps);
    await page.reload();
    await expect(statusBar(page)).toContainText(`${events} events`, { timeout: 30_000 });
    await expect(statusBar(page)).toContainText(`saved ${events}/${events}`);
    expect(problems.errors).toEqual([]);
  });
}
