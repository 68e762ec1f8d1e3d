import { describe, expect, it } from 'vitest';
import type { HostSnapshot, RunPosition } from '../../../../src/sim/host/engine-host';
import { InlineEngineHost } from '../../../../src/sim/host/inline-engine-host';
import { scenarioFor } from '../../../support/sim-arbitrary';
import { FakeTicker } from './fake-ticker';

const variant = {
  seed: 5,
  partitions: 3,
  delivery: 'at-least-once' as const,
  duplicateRate: 0.1,
  dropRate: 0,
  consumerIdempotent: true,
  consumerInstances: 2,
  consumerFailureRate: 0.2,
  paymentFailureRate: 0,
  inventoryFailureRate: 0,
  crash: null,
  orders: 200,
};

/** A host on a fake ticker, with every snapshot it publishes. */
function watchedHost() {
  const ticker = new FakeTicker();
  const host = new InlineEngineHost(ticker);
  const seen: HostSnapshot[] = [];
  host.subscribe((snapshot) => seen.push(snapshot));
  return { host, ticker, seen };
}

/** Where a paused run of the variant is, as a saved workspace keeps it (its whole log stored). */
function pausedAt(live: HostSnapshot): RunPosition {
  return {
    scenario: scenarioFor(variant),
    seed: variant.seed,
    journal: live.journal,
    steps: live.steps,
    timeMs: live.time,
    minEvents: live.events,
  };
}

describe('given a run with live faults, reconfigurations and redrives', () => {
  it('when restored from its journal and position, then it continues exactly as the original', () => {
    const ticker = new FakeTicker();
    const host = new InlineEngineHost(ticker);
    const snapshots: HostSnapshot[] = [];
    host.subscribe((snapshot) => snapshots.push(snapshot));
    host.load(scenarioFor(variant));
    host.setSpeed(5);
    host.run();
    ticker.advanceFrames(20, 50);
    host.injectFault({ target: 'payment', setting: 'failure-rate', value: 0.8, durationMs: 2000 });
    ticker.advanceFrames(10, 50);
    host.reconfigure('analytics', { idempotent: false });
    ticker.advanceFrames(10, 50);
    host.redrive('dlq', 'all');
    host.pause();
    ticker.advanceFrames(1, 16);
    const saved = snapshots.at(-1)!;
    expect(saved.error).toBeNull();
    expect(saved.journal.map((entry) => entry.command.type)).toEqual([
      'fault',
      'reconfigure',
      'redrive',
    ]);

    host.requestSummary();
    host.setSpeed(20);
    host.run();
    ticker.advanceFrames(20, 50);
    host.pause();
    host.requestSummary();
    ticker.advanceFrames(1, 16);
    const original = snapshots.at(-1)!;

    const { host: restored, ticker: restoredTicker, seen } = watchedHost();
    restored.restore({
      scenario: scenarioFor(variant),
      seed: variant.seed,
      journal: saved.journal,
      steps: saved.steps,
      timeMs: saved.time,
    });
    restoredTicker.advanceFrames(1, 16);
    expect(seen.at(-1)).toMatchObject({
      status: 'paused',
      events: saved.events,
      time: saved.time,
      steps: saved.steps,
    });
    restored.setSpeed(20);
    restored.run();
    restoredTicker.advanceFrames(20, 50);
    restored.pause();
    restored.requestSummary();
    restoredTicker.advanceFrames(1, 16);
    expect(seen.at(-1)?.summary).toEqual(original.summary);
  });

  it('when a fixed setting is reconfigured, then the snapshot says it applies after reset', () => {
    const ticker = new FakeTicker();
    const host = new InlineEngineHost(ticker);
    let last: HostSnapshot | undefined;
    host.subscribe((snapshot) => {
      last = snapshot;
    });
    host.load(scenarioFor(variant));
    host.reconfigure('bus', { partitions: 8, duplicateRate: 0.5 });
    ticker.advanceFrames(1, 16);
    expect(last?.deferredSettings).toEqual(['partitions']);
    expect(last?.error).toBeNull();
  });
});

describe('given a loaded scenario that was never run', () => {
  const restoredAt = (minEvents: number) => {
    const { host, ticker, seen } = watchedHost();
    host.restore({
      scenario: scenarioFor(variant),
      seed: variant.seed,
      journal: [],
      steps: 0,
      timeMs: 0,
      minEvents,
    });
    ticker.advanceFrames(1, 16);
    return { host, ticker, seen };
  };

  it('when restored from its saved position (nothing run, nothing stored), then it has no events, as on its first load', () => {
    const { seen } = restoredAt(0);
    expect(seen.at(-1)).toMatchObject({ events: 0, steps: 0, time: 0 });
  });

  it('when restored and then run, then its log is the one a fresh load writes', () => {
    const { host: original, ticker: fresh, seen: originalSeen } = watchedHost();
    original.load(scenarioFor(variant));
    original.run();
    fresh.advanceFrames(10, 50);
    original.pause();
    fresh.advanceFrames(1, 16);

    const { host, ticker, seen } = restoredAt(0);
    host.run();
    ticker.advanceFrames(10, 50);
    host.pause();
    ticker.advanceFrames(1, 16);
    expect(seen.at(-1)?.events).toBeGreaterThan(0);
    expect(seen.at(-1)).toMatchObject({
      events: originalSeen.at(-1)?.events,
      steps: originalSeen.at(-1)?.steps,
    });
  });

  it("when started but not stepped (its components' start events stored), then the restore starts it", () => {
    const { seen } = restoredAt(scenarioFor(variant).components.length);
    expect(seen.at(-1)).toMatchObject({ events: scenarioFor(variant).components.length, steps: 0 });
  });
});

describe('given faults and settings applied before the run was started (the Inspector before Run)', () => {
  /** Live: a failure rate set before Run, then run, pause, fix, redrive all, run on, pause. */
  function liveRun(framesBefore: number, framesAfter: number) {
    const { host, ticker, seen } = watchedHost();
    host.load(scenarioFor(variant));
    host.reconfigure('analytics', { idempotent: false });
    host.injectFault({ target: 'analytics', setting: 'failure-rate', value: 1 });
    host.setSpeed(10);
    host.run();
    ticker.advanceFrames(framesBefore, 17);
    host.pause();
    ticker.advanceFrames(1, 16);
    host.injectFault({ target: 'analytics', setting: 'failure-rate', value: 0 });
    host.redrive('dlq', 'all');
    host.run();
    ticker.advanceFrames(framesAfter, 19);
    host.pause();
    host.requestSummary();
    ticker.advanceFrames(1, 16);
    return seen.at(-1)!;
  }

  it.each([
    [40, 10],
    [57, 23],
    [83, 31],
  ])(
    'when restored after %i + %i frames, then it is at the same step, time and log as the live run',
    (before, after) => {
      const live = liveRun(before, after);
      expect(live.journal[0]).toMatchObject({ step: 0, started: false });
      const { host, ticker, seen } = watchedHost();
      host.restore(pausedAt(live));
      host.requestSummary();
      ticker.advanceFrames(1, 16);
      expect(seen.at(-1)).toMatchObject({
        events: live.events,
        steps: live.steps,
        time: live.time,
        summary: live.summary,
      });
    },
  );

  it('when an older save has no started flag, then step 0 is taken as before the start', () => {
    const live = liveRun(40, 10);
    const { host, ticker, seen } = watchedHost();
    host.restore({
      scenario: scenarioFor(variant),
      seed: variant.seed,
      journal: live.journal.map(({ started: _started, ...entry }) => entry),
      steps: live.steps,
      timeMs: live.time,
    });
    ticker.advanceFrames(1, 16);
    expect(seen.at(-1)).toMatchObject({ events: live.events, steps: live.steps, time: live.time });
  });
});

describe('given a run paused after a while (its operations charts drew many points)', () => {
  it('when restored, then the restored snapshot carries the component metrics the replay passed through, in virtual-time order', () => {
    const { host, ticker, seen } = watchedHost();
    host.load(scenarioFor(variant));
    host.setSpeed(10);
    host.run();
    ticker.advanceFrames(60, 50);
    host.pause();
    ticker.advanceFrames(1, 16);
    const live = seen.at(-1)!;

    const restored = watchedHost();
    restored.host.restore(pausedAt(live));
    restored.ticker.advanceFrames(1, 16);
    const snapshot = restored.seen.at(-1)!;
    expect(snapshot).toMatchObject({ events: live.events, steps: live.steps, time: live.time });
    const history = snapshot.metricsHistory ?? [];
    // Seconds of virtual time, sampled every 250 virtual ms: many points, not one.
    expect(history.length).toBeGreaterThan(20);
    const times = history.map((sample) => sample.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.at(-1)).toBeLessThanOrEqual(live.time);
    const handled = (sample: (typeof history)[number]) =>
      sample.components.find((component) => component.id === 'orders')?.handled ?? 0;
    expect(handled(history[0]!)).toBeLessThan(handled(history.at(-1)!));
    // Only the restore's first snapshot carries it: the next ones are live again.
    restored.host.requestSummary();
    restored.ticker.advanceFrames(1, 16);
    expect(restored.seen.at(-1)?.metricsHistory).toBeUndefined();
  });
});
