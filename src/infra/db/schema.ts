import Dexie, { type EntityTable } from 'dexie';
import type { StoredEvent } from '../../core/messages/event';

/** The IndexedDB database every Eventfold tab shares. */
export const EVENTFOLD_DB_NAME = 'eventfold';
/** Bump with a new `db.version(n).stores(...)` below whenever the schema changes. */
export const EVENTFOLD_DB_VERSION = 3;

/**
 * One write of the log: consecutive events `from`..`to` stored as one record. IndexedDB's cost
 * is per record and per index entry, not per byte: a row per event with five indexes cost
 * ~350 us of browser CPU per event here, a record per batch ~40 (docs/benchmarks.md).
 */
export interface EventBatchRow {
  /** The first event's position: the primary key, so a range of positions is a key range. */
  readonly from: number;
  readonly to: number;
  /** The distinct stream ids of its events (multi-entry index: a stream's batches). */
  readonly streams: readonly string[];
  /** The distinct correlation ids of its events (multi-entry index: a flow's batches). */
  readonly correlations: readonly string[];
  /** In position order, gap-free. */
  readonly events: readonly StoredEvent[];
}

/** A key-value entry for the workspace autosave (scenario, layout, run state). */
export interface WorkspaceRow {
  readonly key: string;
  readonly value: unknown;
}

/** A projection's read model saved together with the log position it reflects. */
export interface CheckpointRow {
  readonly projection: string;
  readonly position: number;
  readonly state: unknown;
}

/** Events per record when version 1's rows are moved into batches. */
const UPGRADE_BATCH_EVENTS = 1_000;

/**
 * Tables:
 * - eventBatches (version 2 on): the log, a record per write (EventBatchRow), keyed by its first
 *   position. The engine assigns positions, ids and stream versions; the log only keeps them,
 *   so it needs no unique indexes: a write checks in its transaction that it starts right after
 *   the stored head, and `add` refuses a second record at the same position, so two writers
 *   can never interleave. `*streams` and `*correlations` find a stream's or a flow's batches;
 *   the Event log's other filters scan pages by position.
 * - events (version 1 only): a row per event with five indexes; version 2 moves its rows into
 *   batches, version 3 deletes it.
 * - workspace: autosave key-value pairs, keyed by `key`.
 * - checkpoints: projection read models with their position, keyed by projection name.
 */
export class EventfoldDb extends Dexie {
  eventBatches!: EntityTable<EventBatchRow, 'from'>;
  workspace!: EntityTable<WorkspaceRow, 'key'>;
  checkpoints!: EntityTable<CheckpointRow, 'projection'>;

  constructor(name: string = EVENTFOLD_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      events: 'position, &id, &[streamId+streamVersion], type, correlationId, time',
      workspace: 'key',
      checkpoints: 'projection',
    });
    this.version(2)
      .stores({ eventBatches: 'from, *streams, *correlations' })
      .upgrade(async (tx) => {
        const rows = tx.table<StoredEvent, number>('events');
        for (let from = 1; ; from += UPGRADE_BATCH_EVENTS) {
          const events = await rows
            .where('position')
            .between(from, from + UPGRADE_BATCH_EVENTS, true, false)
            .toArray();
          if (events.length === 0) break;
          await tx.table<EventBatchRow, number>('eventBatches').add(batchRow(events));
        }
      });
    this.version(EVENTFOLD_DB_VERSION).stores({ events: null });
  }
}

/** The record that stores `events` (consecutive, in position order, at least one). */
export function batchRow(events: readonly StoredEvent[]): EventBatchRow {
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) throw new Error('A batch of the event log holds at least one event');
  return {
    from: first.position,
    to: last.position,
    streams: [...new Set(events.map((event) => event.streamId))],
    correlations: [...new Set(events.map((event) => event.correlationId))],
    events,
  };
}
