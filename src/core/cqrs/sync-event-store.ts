import type { EventEnvelope, StoredEvent } from '../messages/event';
import type { AppendOptions, AppendResult } from '../store/event-store';

/**
 * The synchronous twins an in-memory store offers next to the async port (InMemoryEventStore
 * has them). The simulator steps synchronously, so its command handling and projections use
 * these; everything else uses the async `EventStore` port. Same contract as the port.
 */
export interface SyncEventStore {
  appendSync(
    streamId: string,
    events: readonly EventEnvelope[],
    options?: AppendOptions,
  ): AppendResult;
  readStreamSync(streamId: string, fromVersion?: number, limit?: number): StoredEvent[];
  readAllSync(fromPosition?: number, limit?: number): StoredEvent[];
}
