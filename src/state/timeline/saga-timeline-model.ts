import type { StoredEvent } from '../../core/messages/event';
import { SagaTimelineBuilder } from '../../sim/analysis/saga-timeline';
import type { OrderedLogSink } from '../log/log-follower';
import { Listeners, type Observed } from '../log/observed';

/** What the timeline shows at one moment: replaced (never mutated) when anything changed. */
export interface SagaTimelineState {
  readonly version: number;
  /** Live: read it while `version` is current (the builder goes on changing in place). */
  readonly timeline: SagaTimelineBuilder;
}

/**
 * The run's saga timeline, kept outside the reactive store (thousands of lanes change many
 * times a second): the LogFollower folds the log into a SagaTimelineBuilder, and views read
 * `snapshot`, whose `version` changes whenever a lane changed or the run started over.
 */
export class SagaTimelineModel implements OrderedLogSink, Observed<SagaTimelineState> {
  private current: SagaTimelineState = { version: 0, timeline: new SagaTimelineBuilder() };
  private readonly listeners = new Listeners();

  /** The current run's lanes; a new object whenever a lane changed or the run started over. */
  get snapshot(): SagaTimelineState {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    return this.listeners.add(listener);
  }

  reset(): void {
    this.changed(new SagaTimelineBuilder());
  }

  apply(events: readonly StoredEvent[]): void {
    if (this.current.timeline.addAll(events) > 0) this.changed(this.current.timeline);
  }

  private changed(timeline: SagaTimelineBuilder): void {
    this.current = { version: this.current.version + 1, timeline };
    this.listeners.notify();
  }
}
