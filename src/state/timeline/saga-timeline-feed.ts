import type { StoredEvent } from '../../core/messages/event';
import { SagaTimelineBuilder } from '../../sim/analysis/saga-timeline';
import type { RecentEvents } from '../live/recent-events';
import type { EventLogSource } from '../log/event-log-source';
import {
  OrderedLogFeed,
  type OrderedLogFeedOptions,
  type OrderedLogSink,
} from './ordered-log-feed';

/** What the timeline shows at one moment: replaced (never mutated) when anything changed. */
export interface SagaTimelineState {
  readonly version: number;
  /** Live: read it while `version` is current (the builder goes on changing in place). */
  readonly timeline: SagaTimelineBuilder;
}

/**
 * The run's saga timeline, kept outside the reactive store (thousands of lanes change many
 * times a second): an OrderedLogFeed folds the log into a SagaTimelineBuilder, and views
 * subscribe to `version`, which changes whenever a lane changed or the run started over.
 */
export class SagaTimelineFeed implements OrderedLogSink {
  private current: SagaTimelineState = { version: 0, timeline: new SagaTimelineBuilder() };
  private readonly listeners = new Set<() => void>();
  private readonly feed: OrderedLogFeed;

  constructor(options: OrderedLogFeedOptions = {}) {
    this.feed = new OrderedLogFeed(this, options);
  }

  /** The current run's lanes; a new object whenever a lane changed or the run started over. */
  get state(): SagaTimelineState {
    return this.current;
  }

  /** How far the log has been folded in. */
  get appliedThrough(): number {
    return this.feed.appliedThrough;
  }

  /** Events left out because neither source had them (see OrderedLogFeed). */
  get skipped(): number {
    return this.feed.skipped;
  }

  get failure(): string | null {
    return this.feed.failure;
  }

  /** Follows the live buffer and the stored log until the returned call. */
  follow(buffer: RecentEvents, source: EventLogSource | null): () => void {
    return this.feed.follow(buffer, source);
  }

  /** The run now current (a Reset with no events yet still starts the timeline over). */
  noteRun(runId: number): void {
    this.feed.noteRun(runId);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  reset(): void {
    this.changed(new SagaTimelineBuilder());
  }

  apply(events: readonly StoredEvent[]): void {
    if (this.current.timeline.addAll(events) > 0) this.changed(this.current.timeline);
  }

  private changed(timeline: SagaTimelineBuilder): void {
    this.current = { version: this.current.version + 1, timeline };
    for (const listener of [...this.listeners]) listener();
  }
}
