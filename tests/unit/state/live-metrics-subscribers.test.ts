import { describe, expect, it } from 'vitest';
import { mergeLiveMetrics } from '../../../src/state/live/live-metrics';
import { busMetrics, subscriberLag } from '../../support/bus-metrics';

const row = (lag: number) =>
  subscriberLag('shipping', { head: 100 + lag, committed: 100, lag, lagMs: lag * 10 });
const bus = (subscribers: ReturnType<typeof row>[]) => ({
  ...busMetrics('bus', subscribers),
  // The bus total stays put: only the subscriber's own figures move.
  extra: { consumerLag: 3 },
});

describe('given the live metrics of a bus', () => {
  it('when only a subscriber’s lag moves, then the bus gets new figures (the Inspector redraws)', () => {
    const before = mergeLiveMetrics({}, [bus([row(3)])], new Map());
    const after = mergeLiveMetrics(before, [bus([row(7)])], new Map());
    expect(after.bus?.subscribers?.[0]?.lag).toBe(7);
  });

  it('when nothing moves, then the previous object is kept', () => {
    const before = mergeLiveMetrics({}, [bus([row(3)])], new Map());
    expect(mergeLiveMetrics(before, [bus([row(3)])], new Map())).toBe(before);
  });
});
