import { InMemoryProcessedIds, type ProcessedIds } from './processed-ids';

/** What happened to one delivery through an IdempotentHandler. */
export type IdempotentOutcome = 'handled' | 'duplicate';

/**
 * Wraps a handler so each event id is processed at most once (seed: IdempotentEventHandler).
 * The id is recorded only after the handler returns: a delivery that throws is not remembered,
 * so a redelivery tries again. Duplicates are skipped and counted.
 */
export class IdempotentHandler<E extends { readonly id: string }> {
  private handled = 0;
  private duplicates = 0;

  constructor(
    private readonly handler: (event: E) => void,
    private readonly processed: ProcessedIds = new InMemoryProcessedIds(),
  ) {}

  /** Deliveries that ran the wrapped handler to completion. */
  get handledCount(): number {
    return this.handled;
  }

  /** Deliveries skipped because their event id was already processed. */
  get duplicateCount(): number {
    return this.duplicates;
  }

  /** Handles one delivery; bound, so it can be passed to `bus.subscribe` as it is. */
  readonly handle = (event: E): IdempotentOutcome => {
    if (this.processed.has(event.id)) {
      this.duplicates += 1;
      return 'duplicate';
    }
    this.handler(event);
    this.processed.add(event.id);
    this.handled += 1;
    return 'handled';
  };
}
