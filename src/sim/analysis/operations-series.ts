import type { ComponentMetricsSnapshot } from '../metrics/component-metrics';
import { requireInteger } from './analysis-errors';
import { downsampleMinMax } from './downsample';
import { RingBuffer } from './ring-buffer';

/** Component metrics at one virtual time: what a host snapshot (or `sim.snapshot()`) carries. */
export interface MetricsSample {
  readonly time: number;
  readonly components: readonly ComponentMetricsSnapshot[];
}

/** One component's operations figures at a point. Rates are null on the first point (no delta). */
export interface ComponentOperations {
  readonly id: string;
  /** Messages handled per virtual second since the previous point. */
  readonly throughput: number | null;
  /** Failed handling attempts per virtual second since the previous point. */
  readonly errorRate: number | null;
  readonly p50: number;
  readonly p95: number;
  readonly queueDepth: number;
  readonly status: ComponentMetricsSnapshot['status'];
}

/**
 * The operations charts' point. Totals read the kind-specific `extra` counters by the names the
 * components publish (as Simulation.summary does): buses `consumerLag`, projections
 * `lagPositions`/`lagMs`, dead-letter queues `deadLetters`, sagas `sagasCompleted`/
 * `sagasCompensated`/`sagasStuck`, query APIs `staleReads`.
 */
export interface OperationsPoint {
  readonly time: number;
  readonly components: readonly ComponentOperations[];
  /** Messages published but not yet consumed, summed over buses and their groups. */
  readonly consumerLag: number;
  /**
   * Each bus subscriber's lag in messages, by subscriber id (summed over the buses it reads):
   * the parts `consumerLag` adds up. Absent where no sample carried them.
   */
  readonly subscriberLag?: Readonly<Record<string, number>>;
  /** The slowest projection's lag, in positions and in virtual ms. */
  readonly projectionLagPositions: number;
  readonly projectionLagMs: number;
  readonly deadLetters: number;
  readonly sagasCompleted: number;
  readonly sagasCompensated: number;
  readonly sagasStuck: number;
  /** Reads answered by a projection behind the requested position, since the run began. */
  readonly staleReads: number;
}

export interface OperationsSeriesOptions {
  /** Points kept (a window over the most recent ones). */
  readonly maxPoints?: number;
}

/**
 * A windowed store of operations points built from successive metrics samples: throughput and
 * error rates are deltas between neighbouring samples over virtual time, the rest are levels.
 */
export class OperationsSeries {
  private readonly ring: RingBuffer<OperationsPoint>;
  private previous: MetricsSample | null = null;

  constructor(options: OperationsSeriesOptions = {}) {
    this.ring = new RingBuffer(requireInteger('maxPoints', options.maxPoints ?? 600, 2));
  }

  get length(): number {
    return this.ring.length;
  }

  /**
   * Adds a point for `sample`; returns it, or null when the sample adds nothing (same virtual
   * time as the previous one: a paused run). An earlier time means the run was reset: the
   * series starts over.
   */
  record(sample: MetricsSample): OperationsPoint | null {
    const before = this.previous;
    if (before && sample.time === before.time) return null;
    if (before && sample.time < before.time) this.clear();
    const point = operationsPoint(sample, this.previous);
    this.previous = sample;
    this.ring.push(point);
    return point;
  }

  /** Every point held, oldest first. */
  points(): OperationsPoint[] {
    return this.ring.toArray();
  }

  /** At most `maxPoints` points, keeping the extremes of `value` (spikes survive). */
  downsampled(maxPoints: number, value: (point: OperationsPoint) => number): OperationsPoint[] {
    return downsampleMinMax(this.ring.toArray(), maxPoints, value);
  }

  latest(): OperationsPoint | undefined {
    return this.ring.last();
  }

  clear(): void {
    this.ring.clear();
    this.previous = null;
  }
}

/** The point for `sample`, with rates against `previous` (null: no rates yet). */
export function operationsPoint(
  sample: MetricsSample,
  previous: MetricsSample | null,
): OperationsPoint {
  const seconds = previous ? (sample.time - previous.time) / 1000 : 0;
  const before = new Map(previous?.components.map((component) => [component.id, component]));
  const rate = (now: number, then: number | undefined) =>
    // A counter that went down belongs to a rebuilt component: no honest rate for this interval.
    seconds > 0 && then !== undefined && now >= then ? (now - then) / seconds : null;
  let consumerLag = 0;
  let projectionLagPositions = 0;
  let projectionLagMs = 0;
  let deadLetters = 0;
  let sagasCompleted = 0;
  let sagasCompensated = 0;
  let sagasStuck = 0;
  let staleReads = 0;
  const subscriberLag: Record<string, number> = {};
  const components = sample.components.map((component): ComponentOperations => {
    const { extra } = component;
    consumerLag += extra.consumerLag ?? 0;
    projectionLagPositions = Math.max(projectionLagPositions, extra.lagPositions ?? 0);
    projectionLagMs = Math.max(projectionLagMs, extra.lagMs ?? 0);
    deadLetters += extra.deadLetters ?? 0;
    sagasCompleted += extra.sagasCompleted ?? 0;
    sagasCompensated += extra.sagasCompensated ?? 0;
    sagasStuck += extra.sagasStuck ?? 0;
    staleReads += extra.staleReads ?? 0;
    for (const { subscriber, lag } of component.subscribers ?? []) {
      subscriberLag[subscriber] = (subscriberLag[subscriber] ?? 0) + lag;
    }
    const then = before.get(component.id);
    return {
      id: component.id,
      throughput: rate(component.handled, then?.handled),
      errorRate: rate(component.errors, then?.errors),
      p50: component.latency.p50,
      p95: component.latency.p95,
      queueDepth: component.queueDepth,
      status: component.status,
    };
  });
  return {
    time: sample.time,
    components,
    consumerLag,
    subscriberLag,
    projectionLagPositions,
    projectionLagMs,
    deadLetters,
    sagasCompleted,
    sagasCompensated,
    sagasStuck,
    staleReads,
  };
}
