import type { ActiveFaults } from '../scenario/fault-settings';
import type { CapacityFigures } from './capacity-figures';
import type { DeliveryCounts } from './delivery-counts';
import { LatencyReservoir } from './latency-reservoir';
import type { SubscriberLag } from './subscriber-lag';

/** What every component counts; kind-specific figures go in `extra`. */
export interface ComponentMetricsSnapshot {
  readonly id: string;
  /** Messages (commands or deliveries) this component received. */
  readonly received: number;
  /** Messages it finished handling successfully. */
  readonly handled: number;
  /** Handling attempts that failed (each retry that fails counts). */
  readonly errors: number;
  /** Messages waiting for this component. */
  readonly queueDepth: number;
  /** Messages being handled now. */
  readonly inFlight: number;
  readonly latency: { p50: number; p95: number; p99: number };
  readonly status: 'running' | 'down' | 'failing';
  /**
   * The faults in effect (configured, injected or scheduled), at their level. Every component
   * reports it; a snapshot made by hand (a bench's stub subscriber) may leave it out.
   */
  readonly faults?: ActiveFaults;
  readonly extra: Readonly<Record<string, number>>;
  /** A bus's subscribers (consumer groups), each with its own lag; absent on other kinds. */
  readonly subscribers?: readonly SubscriberLag[];
  /** Delivery semantics at work (duplicates, redeliveries, losses); only the counts that apply. */
  readonly delivery?: DeliveryCounts;
  /** Its figures as a queue (λ, μ·c, ρ, L, W); absent until something arrived, or not a queue. */
  readonly capacity?: CapacityFigures;
}

/** Mutable counters a component updates as it works; snapshots are copies. */
export class ComponentMetrics {
  received = 0;
  handled = 0;
  errors = 0;
  queueDepth = 0;
  inFlight = 0;
  readonly latency = new LatencyReservoir();
  readonly extra: Record<string, number> = {};

  constructor(readonly id: string) {}

  /** Adds `by` to a kind-specific counter. */
  count(name: string, by = 1): void {
    this.extra[name] = (this.extra[name] ?? 0) + by;
  }

  snapshot(
    status: ComponentMetricsSnapshot['status'],
    faults: ActiveFaults = {},
  ): ComponentMetricsSnapshot {
    return {
      id: this.id,
      received: this.received,
      handled: this.handled,
      errors: this.errors,
      queueDepth: this.queueDepth,
      inFlight: this.inFlight,
      latency: this.latency.percentiles(),
      status,
      faults,
      extra: { ...this.extra },
    };
  }
}
