import { describe, expect, it } from 'vitest';
import { hostHarness, pipelineScenario } from './host-fixtures';

describe('given a host that publishes at most every 50 ms while running', () => {
  it('when it ticks every 16 ms, then it publishes every fourth tick and no event is left out', () => {
    const { host, snapshots, ticks } = hostHarness({ minRunningSnapshotIntervalMs: 50 });
    host.load(pipelineScenario());
    host.setSpeed(10);
    host.run();
    ticks(0);
    const first = snapshots.length;
    const wallTimes = Array.from({ length: 30 }, (_, index) => 16 * (index + 1));
    ticks(...wallTimes);
    const published = snapshots.slice(first);

    // 30 ticks over 480 ms: the first tick >= 50 ms after the last snapshot publishes (64, 128,
    // ... 448 ms), not every tick.
    expect(published).toHaveLength(7);
    // Consecutive snapshots carry consecutive positions: skipped ticks' events ride along.
    for (const [index, snapshot] of published.entries()) {
      const previous = index === 0 ? snapshots[first - 1] : published[index - 1];
      expect(snapshot.newEvents.fromPosition).toBe((previous?.newEvents.toPosition ?? 0) + 1);
    }
    expect(published.at(-1)?.newEvents.toPosition).toBe(published.at(-1)?.events);
    expect(published.at(-1)?.events).toBeGreaterThan(10);
  });

  it('when a command comes inside the interval, then the next tick publishes it at once', () => {
    const { host, snapshots, ticks } = hostHarness({ minRunningSnapshotIntervalMs: 50 });
    host.load(pipelineScenario());
    host.run();
    ticks(0, 60);
    const before = snapshots.length;
    ticks(70);
    expect(snapshots).toHaveLength(before); // 10 ms after the last one: nothing yet

    host.pause();
    ticks(80);
    expect(snapshots).toHaveLength(before + 1);
    expect(snapshots.at(-1)).toMatchObject({ running: false, status: 'paused' });
  });

  it('when no interval is set, then every tick publishes', () => {
    const { host, snapshots, ticks } = hostHarness();
    host.load(pipelineScenario());
    host.run();
    ticks(0);
    const before = snapshots.length;
    ticks(16, 32, 48);
    expect(snapshots).toHaveLength(before + 3);
  });
});
