import { describe, expect, it } from 'vitest';
import { hostHarness, pipelineScenario } from './host-fixtures';

describe('given a loaded host running at 1x', () => {
  it('when wall time passes between ticks, then virtual time advances by as much', () => {
    const { host, last, ticks } = hostHarness();
    host.load(pipelineScenario());
    host.run();
    ticks(1000, 1050, 1100);
    expect(last()).toMatchObject({ status: 'running', running: true, time: 100 });
    expect(last().events).toBeGreaterThan(4);
  });

  it('when paused, then further ticks make no progress and stop being requested', () => {
    const { host, ticker, last, ticks } = hostHarness();
    host.load(pipelineScenario());
    host.run();
    ticks(0, 80);
    host.pause();
    ticks(160);
    const paused = last();
    ticks(240, 320);
    expect(paused).toMatchObject({ status: 'paused', running: false, time: 80 });
    expect(last().time).toBe(80);
    expect(ticker.waiting).toBe(0);
  });

  it('when stepped, then exactly one scheduled item runs per step and the host pauses', () => {
    const { host, last, ticks } = hostHarness();
    host.load(pipelineScenario());
    host.run();
    ticks(0, 50);
    const before = last().steps;
    host.step();
    ticks(60);
    expect(last().steps).toBe(before + 1);
    host.step();
    host.step();
    ticks(70);
    expect(last()).toMatchObject({ steps: before + 3, running: false });
  });

  it('when a gap is longer than maxWallDeltaMs (a background tab), then only the cap counts', () => {
    const { host, last, ticks } = hostHarness({ maxWallDeltaMs: 100 });
    host.load(pipelineScenario());
    host.run();
    ticks(0, 60_000);
    expect(last().time).toBe(100);
  });
});

describe('given speed settings', () => {
  function timeAfter(speed: number, ...wallTimes: number[]): number {
    const { host, last, ticks } = hostHarness();
    host.load(pipelineScenario());
    host.setSpeed(speed);
    host.run();
    ticks(...wallTimes);
    return last().time;
  }

  it('when the speed is 2, then virtual time advances twice as fast as at 1', () => {
    expect(timeAfter(1, 0, 50, 100)).toBe(100);
    expect(timeAfter(2, 0, 50, 100)).toBe(200);
    expect(timeAfter(0.5, 0, 50, 100)).toBe(50);
  });

  it("when the speed is 'max', then each tick runs the step budget, whatever the wall time", () => {
    const { host, last, ticks } = hostHarness({ stepBudgetPerTick: 300 });
    host.load(pipelineScenario());
    host.setSpeed('max');
    host.run();
    ticks(0);
    expect(last().steps).toBe(300);
    ticks(0);
    expect(last()).toMatchObject({ steps: 600, speed: 'max' });
    expect(last().time).toBeGreaterThan(0);
  });

  it('when a fast speed would need more steps than the budget, then a tick stops at the budget', () => {
    const { host, last, ticks } = hostHarness({ stepBudgetPerTick: 40 });
    host.load(pipelineScenario());
    host.setSpeed(1000);
    host.run();
    ticks(0, 100);
    expect(last().steps).toBe(40);
    expect(last().time).toBeLessThan(100_000);
  });

  it('when the speed is not a positive number, then it is refused and the error reported', () => {
    const { host, last, ticks } = hostHarness();
    host.load(pipelineScenario());
    host.setSpeed(-1);
    ticks(0);
    expect(last()).toMatchObject({
      speed: 1,
      error: 'Speed must be a number above 0 or "max", got -1',
    });
    host.setSpeed(4);
    ticks(1);
    expect(last()).toMatchObject({ speed: 4, error: null });
  });
});

describe('given snapshots', () => {
  it('when several commands come between ticks, then one snapshot follows the tick', () => {
    const { host, snapshots, ticks } = hostHarness();
    host.load(pipelineScenario());
    host.step();
    host.step();
    host.step();
    expect(snapshots).toHaveLength(0);
    ticks(0);
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]?.revision).toBe(1);
  });

  it('when collected over a run, then the new events cover every position once, in order', () => {
    const { host, snapshots, last, ticks } = hostHarness();
    host.load(pipelineScenario());
    host.run();
    ticks(0, 40, 90, 150, 300);
    const positions = snapshots.flatMap((snapshot) =>
      snapshot.newEvents.events.map((e) => e.position),
    );
    expect(positions).toEqual(Array.from({ length: last().events }, (_, index) => index + 1));
    for (const { newEvents } of snapshots) {
      expect(newEvents.events.length).toBe(newEvents.toPosition - newEvents.fromPosition + 1);
    }
  });

  it('when cloned as a worker would post it, then nothing is lost (plain data only)', () => {
    const { host, last, ticks } = hostHarness();
    host.load(pipelineScenario());
    host.run();
    ticks(0, 100);
    host.requestSummary();
    ticks(200);
    expect(last().summary).not.toBeNull();
    expect(structuredClone(last())).toEqual(last());
  });
});

describe('given reset and seeds', () => {
  it('when reset, then the run is back at t = 0 with an empty log and a new run id', () => {
    const { host, last, ticks } = hostHarness();
    host.load(pipelineScenario());
    host.run();
    ticks(0, 100);
    const before = last();
    host.reset();
    ticks(200);
    expect(before.events).toBeGreaterThan(0);
    expect(last()).toMatchObject({ time: 0, events: 0, steps: 0, running: false });
    expect(last().runId).toBe(before.runId + 1);
    expect(last().newEvents.events).toEqual([]);
  });

  function hashAfterRun(seed: number | undefined): string {
    const { host, last, ticks } = hostHarness();
    host.load(pipelineScenario(7));
    if (seed !== undefined) host.setSeed(seed);
    host.run();
    ticks(0, 100, 200, 300);
    host.pause();
    host.requestSummary();
    ticks(400);
    return last().summary?.logHash ?? 'no summary';
  }

  it('when the same seed runs the same ticks twice, then the log hash is the same', () => {
    expect(hashAfterRun(11)).toBe(hashAfterRun(11));
    expect(hashAfterRun(undefined)).toBe(hashAfterRun(7));
  });

  it('when the seed differs, then the log differs', () => {
    expect(hashAfterRun(11)).not.toBe(hashAfterRun(12));
  });

  it('when the seed is changed mid-run, then the run restarts at t = 0 with that seed', () => {
    const { host, last, ticks } = hostHarness();
    host.load(pipelineScenario());
    host.run();
    ticks(0, 100);
    host.setSeed(99);
    ticks(150);
    expect(last()).toMatchObject({ seed: 99, time: 0, events: 0, running: false });
  });
});

describe('given faults and failures', () => {
  it('when the producer is taken down, then it is reported down and places no more orders', () => {
    const { host, last, ticks } = hostHarness();
    host.load(pipelineScenario());
    host.run();
    ticks(0, 100);
    host.injectFault({ target: 'api', setting: 'down', value: true });
    ticks(200);
    const ordersAtCrash = last().components.find((c) => c.id === 'api')?.handled;
    ticks(300, 400, 500);
    const api = last().components.find((c) => c.id === 'api');
    expect(api?.status).toBe('down');
    expect(api?.handled).toBe(ordersAtCrash);
  });

  it('when a fault names an unknown component, then the error says so and the run goes on', () => {
    const { host, last, ticks } = hostHarness();
    host.load(pipelineScenario());
    host.injectFault({ target: 'ghost', setting: 'down', value: true });
    ticks(0);
    expect(last().error).toBe('No component "ghost"; components are: api, orders, store, bus');
  });

  it('when nothing is loaded, then commands report it instead of throwing', () => {
    const { host, last, ticks } = hostHarness();
    host.run();
    ticks(0);
    expect(last()).toMatchObject({ status: 'empty', error: 'Cannot run: no scenario is loaded' });
    host.redrive('dlq', 'all');
    ticks(1);
    expect(last().error).toBe('Cannot redrive: no scenario is loaded');
  });

  it('when redrive names a component that is not a Dead Letter Queue, then it is refused', () => {
    const { host, last, ticks } = hostHarness();
    host.load(pipelineScenario());
    host.redrive('bus', 'all');
    ticks(0);
    expect(last().error).toBe('Component "bus" is not a Dead Letter Queue: nothing to redrive');
  });

  it('when the run has nothing left to do, then the host pauses itself', () => {
    const { host, last, ticks } = hostHarness();
    host.load(pipelineScenario(7, { maxOrders: 2 }));
    host.setSpeed('max');
    host.run();
    ticks(0, 1, 2);
    expect(last()).toMatchObject({ running: false, pending: 0, status: 'paused' });
  });

  it('when disposed, then no tick is requested and listeners hear nothing more', () => {
    const { host, ticker, snapshots, ticks } = hostHarness();
    host.load(pipelineScenario());
    host.run();
    ticks(0);
    const heard = snapshots.length;
    host.dispose();
    host.step();
    ticks(10, 20);
    expect(ticker.waiting).toBe(0);
    expect(snapshots).toHaveLength(heard);
  });
});
