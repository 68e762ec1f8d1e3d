import type { StoredEvent } from '../../core/messages/event';
import { orderIdOfSagaStream, sagaStreamId } from '../../core/saga/saga-stream-id';
import { requireInteger } from './analysis-errors';
import type { SagaBar } from './saga-bar';
import { LaneState, type SagaLane } from './saga-lane';

export { type BarOutcome, isFailure, type SagaBar } from './saga-bar';
export type { LaneStatus, SagaLane } from './saga-lane';

/** Which lanes the timeline shows. */
export type LaneFilter = 'all' | 'failed' | 'compensating' | 'compensated' | 'stuck';

const laneFilters: readonly LaneFilter[] = [
  'all',
  'failed',
  'compensating',
  'compensated',
  'stuck',
];

export interface SagaTimelineOptions {
  /** Bars kept per lane; beyond it the oldest retried attempts are dropped (counted). */
  readonly maxBarsPerLane?: number;
  /** Lanes kept; beyond it the oldest finished lane (else the oldest lane) is forgotten. */
  readonly maxLanes?: number;
}

/**
 * `failed`: some attempt failed or timed out (even if a retry then worked); `compensating`: the
 * saga turned back and is still undoing; `compensated`: it finished undoing (`saga.compensated`,
 * the one definition the saga node's `sagasCompensated` and the Charts count too); `stuck`: a
 * compensation kept failing.
 */
export function laneMatches(lane: SagaLane, filter: LaneFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'failed':
      return lane.hasFailure;
    case 'compensating':
    case 'compensated':
      return lane.status === filter;
    case 'stuck':
      return lane.status === 'stuck';
  }
}

/**
 * The saga timeline, built incrementally: feed every event of the log in position order with
 * `add` (events of other streams are ignored cheaply) and read lanes at any time. Only the lane
 * an event touches is updated, and a lane's view is rebuilt only after it changed, so a live UI
 * pays per new event, not per redraw.
 */
export class SagaTimelineBuilder {
  private readonly lanesByStream = new Map<string, LaneState>();
  private readonly maxBarsPerLane: number;
  private readonly maxLanes: number;
  private changes = 0;
  private forgotten = 0;

  constructor(options: SagaTimelineOptions = {}) {
    this.maxBarsPerLane = requireInteger('maxBarsPerLane', options.maxBarsPerLane ?? 40, 12);
    this.maxLanes = requireInteger('maxLanes', options.maxLanes ?? 10_000, 1);
  }

  /** Bumped on every change: a UI redraws when it differs from what it drew. */
  get revision(): number {
    return this.changes;
  }

  /** Lanes forgotten to respect `maxLanes`. */
  get forgottenLanes(): number {
    return this.forgotten;
  }

  get size(): number {
    return this.lanesByStream.size;
  }

  /** Applies one event (any stream); returns whether a lane changed. */
  add(event: StoredEvent): boolean {
    if (!event.type.startsWith('saga.')) return false;
    const streamOrderId = orderIdOfSagaStream(event.streamId);
    if (streamOrderId === null) return false;
    let lane = this.lanesByStream.get(event.streamId);
    if (!lane) {
      // Created by whatever saga event comes first, so a log read from the middle still shows.
      const data = event.data as { orderId?: unknown };
      const orderId = typeof data.orderId === 'string' ? data.orderId : streamOrderId;
      lane = new LaneState(orderId, event.streamId, event.time, this.maxBarsPerLane);
      this.lanesByStream.set(event.streamId, lane);
      if (this.lanesByStream.size > this.maxLanes) this.forgetOne();
    }
    if (!lane.apply(event)) return false;
    this.changes += 1;
    return true;
  }

  /** Applies events in order; returns how many changed a lane. */
  addAll(events: Iterable<StoredEvent>): number {
    let changed = 0;
    for (const event of events) if (this.add(event)) changed += 1;
    return changed;
  }

  /** The lane of one order's saga. */
  lane(orderId: string): SagaLane | undefined {
    return this.lanesByStream.get(sagaStreamId(orderId))?.view();
  }

  /** Lanes in the order their sagas first appeared, filtered. */
  lanes(filter: LaneFilter = 'all'): SagaLane[] {
    const out: SagaLane[] = [];
    for (const state of this.lanesByStream.values()) {
      const lane = state.view();
      if (laneMatches(lane, filter)) out.push(lane);
    }
    return out;
  }

  private forgetOne(): void {
    let victim: string | undefined;
    for (const [streamId, state] of this.lanesByStream) {
      if (state.finished) {
        victim = streamId;
        break;
      }
    }
    victim ??= this.lanesByStream.keys().next().value;
    if (victim === undefined) return;
    this.lanesByStream.delete(victim);
    this.forgotten += 1;
  }
}

/** The timeline of a whole log at once. */
export function buildSagaTimeline(
  events: Iterable<StoredEvent>,
  options: SagaTimelineOptions = {},
): SagaTimelineBuilder {
  const builder = new SagaTimelineBuilder(options);
  builder.addAll(events);
  return builder;
}

/** The succeeded forward bar a compensation undoes, in its own lane; null when there is none. */
export function forwardBarOf(lane: SagaLane, bar: SagaBar): SagaBar | null {
  if (bar.linkedForwardStep === null) return null;
  return (
    lane.bars.findLast(
      (candidate) => candidate.step === bar.linkedForwardStep && candidate.outcome === 'succeeded',
    ) ?? null
  );
}

/** Counts of lanes per filter, for the filter buttons' badges. */
export function laneCounts(lanes: readonly SagaLane[]): Record<LaneFilter, number> {
  const counts: Record<LaneFilter, number> = {
    all: 0,
    failed: 0,
    compensating: 0,
    compensated: 0,
    stuck: 0,
  };
  for (const lane of lanes) {
    for (const filter of laneFilters) {
      if (laneMatches(lane, filter)) counts[filter] += 1;
    }
  }
  return counts;
}
