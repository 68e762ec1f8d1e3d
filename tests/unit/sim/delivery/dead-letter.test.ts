import { describe, expect, it } from 'vitest';
import { dlqOf, eventsOfType, metricsOf, pipeline } from './pipeline-scenario';

const fast = { medianMs: 5, sigma: 0 };
const poisoned = (dlq?: { id: string; capacity?: number }) =>
  pipeline({
    producer: { maxOrders: 3, ratePerSecond: 50 },
    consumers: [
      {
        id: 'worker',
        config: { latency: fast, retry: { maximumAttempts: 3 } },
        faults: { failureRate: 1 },
        ...(dlq ? { dlq } : {}),
      },
    ],
  });

describe('given a consumer that fails every attempt, with a dead-letter queue', () => {
  it('when the retries run out, then each event is parked with its attempts and last error', () => {
    const sim = poisoned({ id: 'dlq' });
    sim.runUntil(60_000);

    const placed = eventsOfType(sim, 'order.placed');
    const entries = dlqOf(sim, 'dlq').entries();
    expect(entries.map((entry) => entry.event.id)).toEqual(placed.map((event) => event.id));
    for (const entry of entries) {
      expect(entry.attempts).toBe(3);
      expect(entry.lastError).toBe('worker failed to handle order.placed (attempt 3 of 3)');
      expect(entry).toMatchObject({ subscriberId: 'worker', busId: 'bus' });
      // Attempts at t, t + 1000 + 5, t + 3000 + 10 (5 ms handling each).
      expect(entry.lastFailedAt - entry.firstFailedAt).toBe(3010);
    }
    expect(sim.summary().deadLetters).toBe(placed.length);
    const added = eventsOfType(sim, 'deadletter.added');
    expect(added.map((event) => event.causationId)).toEqual(placed.map((event) => event.id));
    expect(added[0]).toMatchObject({
      streamId: 'dlq-dlq',
      data: { eventType: 'order.placed', subscriberId: 'worker', attempts: 3 },
    });
  });

  it('when the fault is cleared and everything is redriven, then the queue empties and the work is done', () => {
    const sim = poisoned({ id: 'dlq' });
    sim.runUntil(60_000);
    const placed = eventsOfType(sim, 'order.placed').length;

    sim.inject({ target: 'worker', setting: 'failure-rate', value: 0 });
    expect(dlqOf(sim, 'dlq').redriveAll()).toBe(placed);
    sim.runUntil(61_000);

    expect(dlqOf(sim, 'dlq').entries()).toEqual([]);
    expect(sim.summary().deadLetters).toBe(0);
    expect(metricsOf(sim, 'dlq').extra.redriven).toBe(placed);
    expect(eventsOfType(sim, 'deadletter.redriven')).toHaveLength(placed);
    expect(metricsOf(sim, 'worker').extra.applied).toBe(placed);
    expect(metricsOf(sim, 'bus').extra.consumerLag).toBe(0);
  });

  it('when an entry is discarded, then it leaves the queue and the discard is an event', () => {
    const sim = poisoned({ id: 'dlq' });
    sim.runUntil(60_000);
    const dlq = dlqOf(sim, 'dlq');
    const [first] = dlq.entries();

    expect(dlq.discard(first!.key)).toBe(true);
    expect(dlq.discard(first!.key)).toBe(false);
    expect(dlq.entries().map((entry) => entry.key)).not.toContain(first!.key);
    expect(eventsOfType(sim, 'deadletter.discarded')[0]?.causationId).toBe(first!.event.id);
    const placed = eventsOfType(sim, 'order.placed').length;
    expect(metricsOf(sim, 'dlq').extra).toMatchObject({ discarded: 1, deadLetters: placed - 1 });
  });

  it('when the queue is full, then it refuses the entry and the consumer discards it visibly', () => {
    const sim = poisoned({ id: 'dlq', capacity: 1 });
    sim.runUntil(60_000);

    const overflow = eventsOfType(sim, 'order.placed').length - 1;
    expect(overflow).toBeGreaterThan(0);
    expect(dlqOf(sim, 'dlq').entries()).toHaveLength(1);
    expect(metricsOf(sim, 'dlq').extra.refused).toBe(overflow);
    expect(eventsOfType(sim, 'system.deadletter.refused')).toHaveLength(overflow);
    const discarded = eventsOfType(sim, 'system.message.discarded');
    expect(discarded).toHaveLength(overflow);
    expect((discarded[0]!.data as { reason: string }).reason).toBe('dlq is full (capacity 1)');
    expect(metricsOf(sim, 'worker').extra.discarded).toBe(overflow);
  });
});

describe('given a consumer that fails every attempt and has no dead-letter queue', () => {
  it('when the retries run out, then the message is discarded, counted and logged', () => {
    const sim = poisoned();
    sim.runUntil(60_000);

    const placed = eventsOfType(sim, 'order.placed');
    const discarded = eventsOfType(sim, 'system.message.discarded');
    expect(discarded.map((event) => event.causationId)).toEqual(placed.map((event) => event.id));
    expect(discarded[0]!.data).toMatchObject({
      eventType: 'order.placed',
      attempts: 3,
      reason: 'no dead-letter queue is connected',
    });
    expect(metricsOf(sim, 'worker').extra.discarded).toBe(placed.length);
    // Nothing is left waiting: the bus moved on after each gave up.
    expect(metricsOf(sim, 'bus').extra.consumerLag).toBe(0);
  });
});
