import type { ComponentMetricsSnapshot } from '../../src/sim/metrics/component-metrics';
import type { SubscriberLag } from '../../src/sim/metrics/subscriber-lag';

/** A subscriber that keeps up with a 340 messages/s topic, with `figures` changed. */
export function subscriberLag(id: string, figures: Partial<SubscriberLag> = {}): SubscriberLag {
  return {
    subscriber: id,
    instances: 1,
    head: 12_000,
    committed: 12_000,
    lag: 0,
    lagMs: 0,
    inFlight: 0,
    rateIn: 340,
    rateOut: 340,
    acceptedRate: 20,
    handledRate: 20,
    ...figures,
  };
}

/** A bus's metrics as the engine snapshots them: its lag is the sum of its subscribers'. */
export function busMetrics(id: string, subscribers: SubscriberLag[]): ComponentMetricsSnapshot {
  return {
    id,
    received: 12_000,
    handled: 12_000,
    errors: 0,
    queueDepth: 0,
    inFlight: 0,
    latency: { p50: 0, p95: 0, p99: 0 },
    status: 'running',
    extra: { consumerLag: subscribers.reduce((sum, { lag }) => sum + lag, 0) },
    subscribers,
  };
}
