import { describe, expect, it } from 'vitest';
import { isFallingBehind, type SubscriberLag } from '../../../../src/sim/metrics/subscriber-lag';
import { runExample } from '../analysis/example-run';

// Issue #22: in the untouched example the Event Bus lag grew without limit (4.3k messages at
// 24 s, 37k at 206 s) while every consumer showed a steady rate.

/** Lag a subscriber that keeps up never reaches: a few seconds of the topic's ~350 messages/s. */
const BOUNDED_LAG_MESSAGES = 1_000;

function busSubscribers(sim: ReturnType<typeof runExample>): readonly SubscriberLag[] {
  return sim.snapshot().components.find((component) => component.id === 'bus')?.subscribers ?? [];
}

describe('given the example scenario', () => {
  it('when it runs 200 virtual seconds, then every subscriber of the bus keeps its lag bounded', {
    timeout: 60_000,
  }, () => {
    const sim = runExample({ untilMs: 0 });
    const worst = new Map<string, number>();
    for (let seconds = 20; seconds <= 200; seconds += 20) {
      sim.runUntil(seconds * 1000);
      for (const { subscriber, lag } of busSubscribers(sim)) {
        worst.set(subscriber, Math.max(worst.get(subscriber) ?? 0, lag));
      }
    }
    expect([...worst.keys()]).toEqual(['saga', 'shipping', 'analytics']);
    const unbounded = [...worst].filter(([, lag]) => lag > BOUNDED_LAG_MESSAGES);
    expect(unbounded).toEqual([]);
  });

  it('when it runs, then each subscriber handles what it is sent as fast as it arrives', () => {
    const sim = runExample({ untilMs: 60_000 });
    const rates = busSubscribers(sim).map(({ subscriber, acceptedRate, handledRate }) => ({
      subscriber,
      keepsUp: handledRate >= 0.95 * acceptedRate,
    }));
    expect(rates).toEqual([
      { subscriber: 'saga', keepsUp: true },
      { subscriber: 'shipping', keepsUp: true },
      { subscriber: 'analytics', keepsUp: true },
    ]);
  });

  it('when Shipping is slower than the confirmations arriving, then only its row shows it behind', () => {
    const sim = runExample({ untilMs: 0 });
    sim.inject({ target: 'shipping', setting: 'latency-ms', value: 60 });
    sim.runUntil(60_000);
    const rows = busSubscribers(sim).map((row) => ({
      subscriber: row.subscriber,
      behind: isFallingBehind(row),
    }));
    expect(rows).toEqual([
      { subscriber: 'saga', behind: false },
      { subscriber: 'shipping', behind: true },
      { subscriber: 'analytics', behind: false },
    ]);
  });

  it('when it runs, then the bus lag is the sum of its subscribers’ lags, each head minus committed', () => {
    const sim = runExample({ untilMs: 30_000 });
    const bus = sim.snapshot().components.find((component) => component.id === 'bus');
    const subscribers = bus?.subscribers ?? [];
    expect(subscribers).toHaveLength(3);
    for (const { head, committed, lag } of subscribers) {
      expect(head).toBe(bus?.extra.messages);
      expect(lag).toBe(head - committed);
    }
    expect(bus?.extra.consumerLag).toBe(subscribers.reduce((sum, { lag }) => sum + lag, 0));
  });
});
