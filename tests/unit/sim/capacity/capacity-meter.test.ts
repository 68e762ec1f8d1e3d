import { describe, expect, it } from 'vitest';
import { capacityFigures } from '../../../../src/sim/metrics/capacity-figures';
import { CapacityMeter } from '../../../../src/sim/metrics/capacity-meter';

/** Arrives at `at`, starts at `start`, leaves at `end` (one server, told in time order). */
type Job = { at: number; start: number; end: number };

function meterOf(jobs: readonly Job[], servers: number | null = 1): CapacityMeter {
  const meter = new CapacityMeter(1_000_000);
  meter.setServers(servers);
  const steps = jobs.flatMap((job) => [
    { time: job.at, order: 0, act: () => meter.arrive(job.at) },
    { time: job.start, order: 1, act: () => meter.startService(job.start) },
    {
      time: job.end,
      order: 2,
      act: () => {
        meter.endService(job.end);
        meter.depart(job.end, job.at);
      },
    },
  ]);
  steps.sort((a, b) => a.time - b.time || a.order - b.order);
  for (const step of steps) step.act();
  return meter;
}

describe('given a meter told of two messages on one server over 4 s', () => {
  // A arrives at 0 and is served 0-1 s; B arrives at 0.5 s, waits, is served 1-3 s; idle to 4 s.
  const jobs = [
    { at: 0, start: 0, end: 1_000 },
    { at: 500, start: 1_000, end: 3_000 },
  ];

  it('when read since the start, then λ, μ, ρ, L and W are the hand-computed ones and L = λW', () => {
    const figures = meterOf(jobs).sinceStart(4_000);
    expect(figures.arrivalRate).toBeCloseTo(0.5, 12); // 2 in 4 s
    expect(figures.serviceRate).toBeCloseTo(2 / 3, 12); // 2 served in 3 busy seconds
    expect(figures.utilisation).toBeCloseTo(0.75, 12);
    expect(figures.inSystem).toBeCloseTo(3.5 / 4, 12); // 1 s + 2.5 s in the system, over 4 s
    expect(figures.timeInSystemMs).toBeCloseTo(1_750, 12); // (1 s + 2.5 s) / 2
    expect(figures.littleRatio).toBeCloseTo(1, 12);
    expect(figures.backlog).toBe(0);
    expect(figures.overload).toBeUndefined();
  });

  it('when the servers are unbounded, then there is no capacity or utilisation to state', () => {
    const figures = meterOf(jobs, null).sinceStart(4_000);
    expect(figures.capacity).toBeNull();
    expect(figures.utilisation).toBeNull();
    expect(figures.inSystem).toBeCloseTo(3.5 / 4, 12);
  });
});

describe('given arrivals faster than the capacity', () => {
  it('when ρ >= 1, then it is flagged with the growth λ - μ·c and the drain time backlog / (μ·c)', () => {
    const rates = {
      arrivals: 30,
      departures: 20,
      services: 20,
      busyMs: 2_000, // two servers busy all the time: μ = 10/s each
      inSystemMs: 50_000,
      sojournMs: 20 * 2_500,
    };
    const figures = capacityFigures(rates, 2, 400);
    expect(figures.capacity).toBeCloseTo(20, 12);
    expect(figures.utilisation).toBeCloseTo(1.5, 12);
    expect(figures.overload).toEqual({ growthPerSecond: 10, drainSeconds: 20 });
  });

  it('when nothing was served in the window (a stalled node), then μ is the earlier one and it is flagged', () => {
    const stalled = {
      arrivals: 5,
      departures: 0,
      services: 0,
      busyMs: 0,
      inSystemMs: 40_000,
      sojournMs: 0,
    };
    const figures = capacityFigures(stalled, 1, 50, 2);
    expect(figures.utilisation).toBeCloseTo(2.5, 12);
    expect(figures.overload).toEqual({ growthPerSecond: 3, drainSeconds: 25 });
  });

  it('when ρ < 1, then nothing is flagged', () => {
    const rates = {
      arrivals: 10,
      departures: 10,
      services: 10,
      busyMs: 1_000, // one server-second busy: μ = 10/s, so μ·c = 20/s for 10/s arriving
      inSystemMs: 1_000,
      sojournMs: 1_000,
    };
    expect(capacityFigures(rates, 2, 1).overload).toBeUndefined();
  });
});

describe('given a meter read over a window', () => {
  it('when the arrivals stop, then λ falls to 0 once the window has passed', () => {
    const meter = meterOf([{ at: 0, start: 0, end: 100 }]);
    const windowed = new CapacityMeter(1_000);
    windowed.arrive(0);
    windowed.startService(0);
    windowed.endService(100);
    windowed.depart(100, 0);
    expect(windowed.read(500).arrivalRate).toBeCloseTo(2, 12);
    expect(windowed.read(3_000).arrivalRate).toBe(0);
    expect(meter.sinceStart(1_000).arrivalRate).toBeCloseTo(1, 12);
  });
});
