import type { CapacityFigures } from '../../sim/metrics/capacity-figures';
import type { ComponentMetricsSnapshot } from '../../sim/metrics/component-metrics';
import type { SubscriberLag } from '../../sim/metrics/subscriber-lag';

/** How busy a component's outgoing connections look: 0 still, 3 busiest. */
export type FlowLevel = 0 | 1 | 2 | 3;

/** Figures derived from successive snapshots (rates need two points in time). */
export interface DerivedRates {
  /** Messages handled per simulated second. */
  readonly throughput: number;
  /** Messages received per simulated second. */
  readonly intake: number;
  /** How fast `handled` moves against the wall clock (0 when not running). */
  readonly flowLevel: FlowLevel;
  /** How fast `received` moves against the wall clock (0 when not running). */
  readonly intakeLevel: FlowLevel;
}

/** A component's latest metrics plus its derived rates: what a canvas node shows. */
export interface LiveComponentMetrics extends ComponentMetricsSnapshot, DerivedRates {}

export type MetricsById = Readonly<Record<string, LiveComponentMetrics>>;

const noRates: DerivedRates = { throughput: 0, intake: 0, flowLevel: 0, intakeLevel: 0 };

function sameRecord<V>(a: Readonly<Record<string, V>>, b: Readonly<Record<string, V>>) {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => a[key] === b[key]);
}

function sameSubscribers(
  a: readonly SubscriberLag[] | undefined,
  b: readonly SubscriberLag[] | undefined,
): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((row, index) => {
    const other = b[index];
    if (!other) return false;
    const keys = Object.keys(row) as (keyof SubscriberLag)[];
    return keys.every((key) => row[key] === other[key]);
  });
}

const countsOf = (metrics: LiveComponentMetrics) =>
  (metrics.delivery ?? {}) as Readonly<Record<string, number>>;

/** True when every capacity figure (and the overload, if any) of the two is the same. */
function sameCapacity(a: CapacityFigures | undefined, b: CapacityFigures | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as (keyof CapacityFigures)[];
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => key === 'overload' || a[key] === b[key]) &&
    a.overload?.growthPerSecond === b.overload?.growthPerSecond &&
    a.overload?.drainSeconds === b.overload?.drainSeconds
  );
}

/** True when every number (and the status, faults in effect, subscriber rows, delivery counts and capacity figures) of the two is the same. */
export function sameLiveMetrics(a: LiveComponentMetrics, b: LiveComponentMetrics): boolean {
  return (
    a.status === b.status &&
    a.received === b.received &&
    a.handled === b.handled &&
    a.errors === b.errors &&
    a.queueDepth === b.queueDepth &&
    a.inFlight === b.inFlight &&
    a.throughput === b.throughput &&
    a.intake === b.intake &&
    a.flowLevel === b.flowLevel &&
    a.intakeLevel === b.intakeLevel &&
    a.latency.p50 === b.latency.p50 &&
    a.latency.p95 === b.latency.p95 &&
    a.latency.p99 === b.latency.p99 &&
    sameRecord(a.extra, b.extra) &&
    sameRecord(a.faults ?? {}, b.faults ?? {}) &&
    sameSubscribers(a.subscribers, b.subscribers) &&
    sameRecord(countsOf(a), countsOf(b)) &&
    sameCapacity(a.capacity, b.capacity)
  );
}

/**
 * The new metrics map with structural sharing: a component whose numbers did not change keeps
 * its previous object, and the map itself is reused when nothing changed, so a canvas node that
 * selects its own entry re-renders only when its own figures move.
 */
export function mergeLiveMetrics(
  previous: MetricsById,
  components: readonly ComponentMetricsSnapshot[],
  rates: ReadonlyMap<string, DerivedRates>,
): MetricsById {
  const next: Record<string, LiveComponentMetrics> = {};
  let changed = components.length !== Object.keys(previous).length;
  for (const component of components) {
    const candidate: LiveComponentMetrics = {
      ...component,
      ...(rates.get(component.id) ?? noRates),
    };
    const old = previous[component.id];
    if (old && sameLiveMetrics(old, candidate)) {
      next[component.id] = old;
    } else {
      next[component.id] = candidate;
      changed = true;
    }
  }
  return changed ? next : previous;
}
