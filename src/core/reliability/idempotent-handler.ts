import { InMemoryProcessedIds, type ProcessedIds } from './processed-ids';

/**
 * What happened to one delivery through an IdempotentHandler: handled for the first time,
 * skipped as a duplicate, or (duplicates not skipped) repeated.
 */
export type IdempotentOutcome = 'handled' | 'duplicate' | 'repeated';

/** The wrapped handler; `repeat` is true when the event was processed before. */
export type RepeatAwareHandler<E> = (event: E, repeat: boolean) => void;

const always = () => true;

/**
 * Wraps a handler so each event id is processed at most once (seed: IdempotentEventHandler).
 * The id is recorded only after the handler returns: a delivery that throws is not remembered,
 * so a redelivery tries again.
 *
 * `skipDuplicates` answers, at each delivery, whether duplicates are skipped. The simulator's
 * consumer can be switched to non-idempotent to show the harm: then a duplicate runs the
 * handler again, told it is a repeat, and comes back as 'repeated'.
 */
export class IdempotentHandler<E extends { readonly id: string }> {
  constructor(
    private readonly handler: RepeatAwareHandler<E>,
    private readonly processed: ProcessedIds = new InMemoryProcessedIds(),
    private readonly skipDuplicates: () => boolean = always,
  ) {}

  /** Whether a delivery of `event` now would be skipped as a duplicate, without running it. */
  skips(event: E): boolean {
    return this.processed.has(event.id) && this.skipDuplicates();
  }

  /** Handles one delivery; bound, so it can be passed to `bus.subscribe` as it is. */
  readonly handle = (event: E): IdempotentOutcome => {
    const repeat = this.processed.has(event.id);
    if (repeat && this.skipDuplicates()) return 'duplicate';
    this.handler(event, repeat);
    if (repeat) return 'repeated';
    this.processed.add(event.id);
    return 'handled';
  };
}
