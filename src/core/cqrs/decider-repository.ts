import type { EventEnvelope } from '../messages/event';
import type { AppendResult, EventStore, ExpectedVersion } from '../store/event-store';
import type { DecidableCommand, DecidedEvent, Decider } from './decider';

/** A stream folded into state, with the version it was read at (0 = empty stream). */
export interface Loaded<TState> {
  readonly state: TState;
  readonly version: number;
}

const defaultPageSize = 500;

/**
 * Loads decider state by folding a stream and saves new events with an expected version, so a
 * writer that loaded an older version gets a ConcurrencyError instead of silently interleaving
 * (the seed's repository appended with no check at all).
 */
export class DeciderRepository<
  TCommand extends DecidableCommand,
  TEvent extends DecidedEvent,
  TState,
  TError,
> {
  constructor(
    private readonly decider: Decider<TCommand, TEvent, TState, TError>,
    private readonly store: EventStore,
    private readonly pageSize = defaultPageSize,
  ) {}

  /** Folds the stream page by page into state; returns it with the stream's version. */
  async load(streamId: string): Promise<Loaded<TState>> {
    let state = this.decider.initialState;
    let version = 0;
    for (;;) {
      const page = await this.store.readStream(streamId, version + 1, this.pageSize);
      for (const event of page) {
        if (this.decider.isEvent(event)) state = this.decider.evolve(state, event);
        version = event.streamVersion;
      }
      if (page.length < this.pageSize) return { state, version };
    }
  }

  /**
   * Appends envelopes only if the stream is still at `expectedVersion` (normally the version
   * `load` returned). Throws ConcurrencyError when another writer got there first.
   */
  save(
    streamId: string,
    events: readonly EventEnvelope[],
    expectedVersion: ExpectedVersion,
  ): Promise<AppendResult> {
    return this.store.append(streamId, events, { expectedVersion });
  }
}
