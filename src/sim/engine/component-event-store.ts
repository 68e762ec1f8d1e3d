import type { SyncEventStore } from '../../core/cqrs/sync-event-store';
import type { EventEnvelope, StoredEvent } from '../../core/messages/event';
import type { AppendOptions, AppendResult } from '../../core/store/event-store';
import type { SimComponent } from './sim-component';
import type { SimContext } from './sim-context';

/**
 * The run's log as one component's SyncEventStore, for the kernel's command handling
 * (src/core/cqrs/handle-command-sync.ts): reads are the log's own, and an append goes through
 * SimContext.emit, so the events the kernel appends are routed on (to the store's relay, then
 * the bus) exactly like any event the component emits itself.
 */
export class ComponentEventStore implements SyncEventStore {
  constructor(
    private readonly ctx: SimContext,
    private readonly component: SimComponent,
  ) {}

  appendSync(
    streamId: string,
    events: readonly EventEnvelope[],
    options: AppendOptions = {},
  ): AppendResult {
    return this.ctx.emit(this.component, streamId, events, options.expectedVersion);
  }

  readStreamSync(streamId: string, fromVersion?: number, limit?: number): StoredEvent[] {
    return this.ctx.log.readStreamSync(streamId, fromVersion, limit);
  }

  readAllSync(fromPosition?: number, limit?: number): StoredEvent[] {
    return this.ctx.log.readAllSync(fromPosition, limit);
  }
}
