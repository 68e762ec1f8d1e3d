import { describe, expect, it } from 'vitest';
import { hostHarness, pipelineScenario } from './host-fixtures';

const window = { events: 200, bytes: 1_000_000_000 };

/** A busy pipeline at 10x behind a 200-event window, run for six frames with no acknowledgement. */
function runToFullWindow() {
  const harness = hostHarness();
  harness.host.limitUnsaved(window);
  harness.host.load(pipelineScenario(7, { ratePerSecond: 2_000 }));
  harness.host.setSpeed(10);
  harness.host.run();
  harness.ticks(0, 16, 32, 48, 64, 80);
  return harness;
}

describe('given a host whose unsaved window is 200 events', () => {
  it('when nothing is acknowledged, then the run stops making events once the window is full, and says it is held', () => {
    const { last, ticks } = runToFullWindow();
    const full = last();
    expect(full.events).toBeGreaterThanOrEqual(200);
    ticks(96, 112, 128, 144);
    expect(last().events).toBe(full.events);
    expect(last().time).toBe(full.time);
    expect(last()).toMatchObject({ running: true, heldBySaving: true });
  });

  it('when saving acknowledges the run, then it makes events again, one window ahead at most', () => {
    const { host, last, ticks } = runToFullWindow();
    const held = last();
    host.acknowledgeSaved(held.runId, held.events);
    ticks(96, 112, 128, 144, 160, 176);
    expect(last().events).toBeGreaterThan(held.events);
    expect(last().time).toBeGreaterThan(held.time);
    // One tick may overshoot by what it makes; the next waits.
    const overshoot = last().events - held.events;
    ticks(192, 208);
    expect(last().events - held.events).toBe(overshoot);
  });

  it("when an older run's position is acknowledged, then it does not count for the new run", () => {
    const { host, last, ticks } = runToFullWindow();
    const oldRun = last();
    host.reset();
    host.run();
    ticks(96, 112, 128, 144, 160, 176, 192);
    const newRun = last();
    expect(newRun.runId).not.toBe(oldRun.runId);
    host.acknowledgeSaved(oldRun.runId, 1_000_000);
    ticks(208, 224, 240);
    expect(last().events).toBe(newRun.events);
  });

  it('when the limit is lifted, then the run goes on without acknowledgements', () => {
    const { host, last, ticks } = runToFullWindow();
    const held = last().events;
    host.limitUnsaved(null);
    ticks(96, 112, 128, 144);
    expect(last().events).toBeGreaterThan(held + 200);
    ticks(1_200, 1_216);
    expect(last().heldBySaving).toBe(false);
  });

  it('when the byte budget is smaller than the count, then bytes fill the window first', () => {
    const { host, last, ticks } = hostHarness();
    host.limitUnsaved({ events: 1_000_000, bytes: 100_000 });
    host.load(pipelineScenario(7, { ratePerSecond: 2_000 }));
    host.setSpeed(10);
    host.run();
    ticks(...Array.from({ length: 40 }, (_, index) => index * 16));
    const held = last();
    ticks(700, 716, 732);
    expect(last().events).toBe(held.events);
    // ~100 KB of events at a few hundred bytes each: far fewer than the count limit.
    expect(held.events).toBeGreaterThan(100);
    expect(held.events).toBeLessThan(2_000);
  });
});

describe('given a host with no limit (the CLI, tests)', () => {
  it('when it runs, then nothing waits for saving', () => {
    const { host, last, ticks } = hostHarness();
    host.load(pipelineScenario(7, { ratePerSecond: 2_000 }));
    host.setSpeed(10);
    host.run();
    ticks(...Array.from({ length: 20 }, (_, index) => index * 16));
    expect(last().events).toBeGreaterThan(1_000);
    expect(last().heldBySaving).toBe(false);
  });
});

describe('given a host whose screen window is 200 events (the page draws what it is sent)', () => {
  function runToFullScreenWindow() {
    const harness = hostHarness();
    harness.host.limitUnshown(200);
    harness.host.load(pipelineScenario(7, { ratePerSecond: 2_000 }));
    harness.host.setSpeed(10);
    harness.host.run();
    harness.ticks(0, 16, 32, 48, 64, 80);
    return harness;
  }

  it('when the page draws nothing, then the run stops once 200 events are undrawn, and says the screen holds it, not saving', () => {
    const { last, ticks } = runToFullScreenWindow();
    const full = last();
    expect(full.events).toBeGreaterThanOrEqual(200);
    ticks(96, 112, 128, 144);
    expect(last().events).toBe(full.events);
    expect(last().time).toBe(full.time);
    expect(last()).toMatchObject({ running: true, heldByScreen: true, heldBySaving: false });
  });

  it('when the page acknowledges a drawn frame, then the run goes on, one window ahead at most', () => {
    const { host, last, ticks } = runToFullScreenWindow();
    const held = last();
    host.acknowledgeShown(held.runId, held.events);
    ticks(96, 112, 128, 144);
    expect(last().events).toBeGreaterThan(held.events);
    const overshoot = last().events - held.events;
    ticks(160, 176);
    expect(last().events - held.events).toBe(overshoot);
  });

  it('when the limit is lifted (the page detached), then the run goes on without frames', () => {
    const { host, last, ticks } = runToFullScreenWindow();
    const held = last().events;
    host.limitUnshown(null);
    ticks(96, 112, 128, 144);
    expect(last().events).toBeGreaterThan(held + 200);
    ticks(1_200, 1_216);
    expect(last().heldByScreen).toBe(false);
  });
});
