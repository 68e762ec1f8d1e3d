import { describe, expect, it } from 'vitest';
import type { SubscriberLag } from '../../../../src/sim/metrics/subscriber-lag';
import { runExample } from '../analysis/example-run';

// Issue #22: in the untouched example the Event Bus lag grew without limit (4.3k messages at
// 24 s, 37k at 206 s) while every consumer showed a steady rate.

function busSubscribers(sim: ReturnType<typeof runExample>): readonly SubscriberLag[] {
  return sim.snapshot().components.find((component) => component.id === 'bus')?.subscribers ?? [];
}

describe('given the example scenario', () => {
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
