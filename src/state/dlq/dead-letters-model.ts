import type { StoredEvent } from '../../core/messages/event';
import {
  deadLetterStreamId,
  type ParkedLetter,
  ParkedLetterFold,
} from '../../sim/components/dlq/parked-letters';
import type { OrderedLogSink } from '../log/log-follower';
import { Listeners, type Observed } from '../log/observed';

/** What the Dead Letter Queues hold, as of one position of the log shown. */
export interface DeadLettersState {
  readonly version: number;
  /** The last position folded in. */
  readonly through: number;
  /** The letters one queue holds, oldest first; live: read it while `version` is current. */
  letters(dlqId: string): readonly ParkedLetter[];
}

const none: readonly ParkedLetter[] = [];

/**
 * Every Dead Letter Queue's contents, folded from the queues' streams (`dlq-<id>`) as the
 * LogFollower feeds the log, so the Inspector lists a queue's letters without reading its stream
 * back from storage, for the run and an imported log alike.
 */
export class DeadLettersModel implements OrderedLogSink, Observed<DeadLettersState> {
  private folds = new Map<string, ParkedLetterFold>();
  private through = 0;
  private current: DeadLettersState = this.stateAt(0);
  private readonly listeners = new Listeners();

  get snapshot(): DeadLettersState {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    return this.listeners.add(listener);
  }

  reset(): void {
    this.folds = new Map();
    this.through = 0;
    this.changed();
  }

  apply(events: readonly StoredEvent[]): void {
    const before = this.through;
    for (const event of events) {
      this.through = event.position;
      if (!event.streamId.startsWith(deadLetterStreamId(''))) continue;
      let fold = this.folds.get(event.streamId);
      if (!fold) {
        fold = new ParkedLetterFold();
        this.folds.set(event.streamId, fold);
      }
      fold.add(event);
    }
    if (this.through !== before) this.changed();
  }

  private changed(): void {
    this.current = this.stateAt(this.current.version + 1);
    this.listeners.notify();
  }

  private stateAt(version: number): DeadLettersState {
    const folds = this.folds;
    const cache = new Map<string, readonly ParkedLetter[]>();
    return {
      version,
      through: this.through,
      letters: (dlqId) => {
        const streamId = deadLetterStreamId(dlqId);
        let letters = cache.get(streamId);
        if (!letters) {
          letters = folds.get(streamId)?.letters() ?? none;
          cache.set(streamId, letters);
        }
        return letters;
      },
    };
  }
}
