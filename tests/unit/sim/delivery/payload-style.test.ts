import { describe, expect, it } from 'vitest';
import { eventsOfType, metricsOf, pipeline } from './pipeline-scenario';

const constant = { medianMs: 10, sigma: 0 };
const run = (payloadStyle: 'notification' | 'event-carried-state') => {
  const sim = pipeline({
    producer: { maxOrders: 20, ratePerSecond: 10, payloadStyle },
    consumers: [{ id: 'worker', config: { latency: constant } }],
  });
  sim.runUntil(20_000);
  return { worker: metricsOf(sim, 'worker'), placed: eventsOfType(sim, 'order.placed') };
};

describe('given orders published as thin notifications', () => {
  it('when the consumer handles them, then it queries back for each and takes twice as long', () => {
    const { worker, placed } = run('notification');

    expect(worker.extra.queriesBack).toBe(placed.length);
    expect(worker.extra.payloadBytes).toBeUndefined();
    expect(worker.latency.p50).toBe(20);
  });
});

describe('given orders published with their state carried in the event', () => {
  it('when the consumer handles them, then no query goes back and the payload bytes are counted', () => {
    const { worker, placed } = run('event-carried-state');
    const bytes = placed.reduce((sum, event) => sum + JSON.stringify(event.data).length, 0);

    expect(worker.extra.queriesBack).toBeUndefined();
    expect(worker.extra.payloadBytes).toBe(bytes);
    expect(worker.latency.p50).toBe(10);
  });
});
