import type { StoredEvent } from '../../../core/messages/event';
import type { Projection, ProjectionView } from '../../../core/projections/projection';
import { InMemoryProcessedIds } from '../../../core/reliability/processed-ids';
import type { InMemoryEventStore } from '../../../core/store/in-memory-event-store';

/** Log events examined per read while moving the checkpoint (keeps slices small). */
const SCAN_PAGE = 256;

/**
 * A projection fed by a bus. Partitions deliver in their own order, so positions arrive out of
 * order across partitions and the position guard of CheckpointedProjection would call that a
 * gap: here each event is applied once by id instead, with the kernel's processed-id set (the
 * consumer's idempotency). The checkpoint is the highest position up
 * to which every event the projection handles has been applied (found by walking the log once,
 * lazily), so it means the same as a pulled projection's and lag compares it to the log head.
 * That is also why it is not run by the kernel's ProjectionManager, whose catch-up is by position.
 */
export class PushedProjection<TModel> implements ProjectionView<TModel> {
  private current: TModel;
  private readonly appliedIds = new InMemoryProcessedIds();
  private contiguous = 0;

  constructor(
    readonly projection: Projection<TModel>,
    private readonly log: InMemoryEventStore,
  ) {
    this.current = projection.initial();
  }

  get name(): string {
    return this.projection.name;
  }

  get model(): TModel {
    return this.current;
  }

  /** Applies an event not seen before; returns false for a repeat or a type it ignores. */
  apply(event: StoredEvent): boolean {
    if (!this.projection.canHandle(event.type) || this.appliedIds.has(event.id)) return false;
    this.current = this.projection.evolve(this.current, event);
    this.appliedIds.add(event.id);
    return true;
  }

  /** Highest position with nothing handled-but-unapplied at or before it. */
  get checkpoint(): number {
    const head = this.log.headPositionSync();
    while (this.contiguous < head) {
      const page = this.log.readAllSync(this.contiguous + 1, SCAN_PAGE);
      for (const event of page) {
        if (this.projection.canHandle(event.type) && !this.appliedIds.has(event.id)) {
          return this.contiguous;
        }
        this.contiguous = event.position;
      }
    }
    return this.contiguous;
  }
}
