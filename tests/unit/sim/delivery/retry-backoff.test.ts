import { describe, expect, it } from 'vitest';
import { consumerOf, eventsOfType, metricsOf, pipeline } from './pipeline-scenario';

// Instant handling, so every gap between attempts is the backoff and nothing else.
const instant = { medianMs: 0, sigma: 0 };

describe('given a consumer whose next two attempts fail, with the default backoff (1 s, x2)', () => {
  it('when one order arrives, then it fails at t0 and t0 + 1000 and is applied at t0 + 3000', () => {
    const sim = pipeline({
      producer: { maxOrders: 1, ratePerSecond: 10 },
      consumers: [{ id: 'worker', config: { latency: instant }, faults: { failNext: 2 } }],
    });
    const trace = consumerOf(sim, 'worker').traceApplied();
    sim.runUntil(20_000);

    const [placed] = eventsOfType(sim, 'order.placed');
    const failures = eventsOfType(sim, 'system.error.occurred').filter(
      (event) => event.source === 'worker',
    );
    expect(failures).toHaveLength(2);
    const t0 = failures[0]!.time;
    expect(failures[1]!.time - t0).toBe(1000);
    const applied = trace.filter((record) => record.eventId === placed!.id);
    expect(applied).toHaveLength(1);
    expect(applied[0]!.time - t0).toBe(3000);
    // Each failure is linked to the event it failed on and says which attempt it was.
    expect(failures.map((event) => event.causationId)).toEqual([placed!.id, placed!.id]);
    expect(failures.map((event) => (event.data as { reason: string }).reason)).toEqual([
      'worker failed to handle order.placed (attempt 1 of 4)',
      'worker failed to handle order.placed (attempt 2 of 4)',
    ]);
  });

  it('when retries are capped at 1.5 s, then the third wait is 1500 ms, not 4000 ms', () => {
    const sim = pipeline({
      producer: { maxOrders: 1, ratePerSecond: 10 },
      consumers: [
        {
          id: 'worker',
          config: { latency: instant, retry: { maximumIntervalMs: 1500, maximumAttempts: 5 } },
          faults: { failNext: 3 },
        },
      ],
    });
    const trace = consumerOf(sim, 'worker').traceApplied();
    sim.runUntil(20_000);

    const times = eventsOfType(sim, 'system.error.occurred').map((event) => event.time);
    const t0 = times[0]!;
    expect(times.map((time) => time - t0)).toEqual([0, 1000, 2500]);
    expect(trace[0]!.time - t0).toBe(4000);
  });
});

describe('given a consumer waiting out a backoff on an at-least-once bus', () => {
  it('when it crashes during the wait, then the retry is abandoned and the bus redelivers', () => {
    const sim = pipeline({
      producer: { maxOrders: 1, ratePerSecond: 10 },
      consumers: [{ id: 'worker', config: { latency: instant }, faults: { failNext: 1 } }],
    });
    const trace = consumerOf(sim, 'worker').traceApplied();
    sim.runUntil(20_000);
    const [placed] = eventsOfType(sim, 'order.placed');
    const [failure] = eventsOfType(sim, 'system.error.occurred');
    const t0 = failure!.time;

    // Replay the same run with a crash 500 ms into the first backoff.
    const crashed = pipeline({
      producer: { maxOrders: 1, ratePerSecond: 10 },
      consumers: [{ id: 'worker', config: { latency: instant }, faults: { failNext: 1 } }],
    });
    const crashedTrace = consumerOf(crashed, 'worker').traceApplied();
    crashed.inject({
      target: 'worker',
      setting: 'down',
      value: true,
      atMs: t0 + 500,
      durationMs: 100,
    });
    crashed.runUntil(20_000);

    expect(trace.find((record) => record.eventId === placed!.id)?.time).toBe(t0 + 1000);
    const applied = crashedTrace.filter((record) => record.eventId === placed!.id);
    expect(applied).toHaveLength(1);
    expect(applied[0]!.time).toBeGreaterThanOrEqual(t0 + 600);
    expect(applied[0]!.time).toBeLessThan(t0 + 1000);
    expect(metricsOf(crashed, 'bus').extra.redelivered).toBe(1);
    expect(metricsOf(crashed, 'worker').extra.duplicatesCaught).toBeUndefined();
  });
});

describe('given a consumer whose every attempt fails, waiting out its first backoff', () => {
  it('when its retry setting is cut to 2 attempts during the wait, then the waiting retry is its last and the message is discarded after 2', () => {
    const sim = pipeline({
      producer: { maxOrders: 1, ratePerSecond: 10 },
      consumers: [{ id: 'worker', config: { latency: instant }, faults: { failureRate: 1 } }],
    });
    const failures = () =>
      eventsOfType(sim, 'system.error.occurred').filter((event) => event.source === 'worker');
    for (let time = 0; failures().length === 0 && time < 10_000; time += 10) sim.runUntil(time);

    sim.reconfigure('worker', {
      retry: {
        initialIntervalMs: 1000,
        backoffCoefficient: 2,
        maximumIntervalMs: 100_000,
        maximumAttempts: 2,
      },
    });
    sim.runUntil(20_000);

    expect(failures().map((event) => (event.data as { reason: string }).reason)).toEqual([
      'worker failed to handle order.placed (attempt 1 of 4)',
      'worker failed to handle order.placed (attempt 2 of 2)',
    ]);
    const [discarded] = eventsOfType(sim, 'system.message.discarded');
    expect(discarded?.data).toMatchObject({
      attempts: 2,
      lastError: 'worker failed to handle order.placed (attempt 2 of 2)',
      reason: 'no dead-letter queue is connected',
    });
    expect(metricsOf(sim, 'worker').extra).toMatchObject({ retries: 1, discarded: 1 });
  });
});
