import Dexie, { type EntityTable } from 'dexie';
import type { StoredEvent } from '../../core/messages/event';

/** The IndexedDB database every Eventfold tab shares. */
export const EVENTFOLD_DB_NAME = 'eventfold';
/** Bump with a new `db.version(n).stores(...)` below whenever the schema changes. */
export const EVENTFOLD_DB_VERSION = 1;

/** An event row is the stored event itself; `position` is the primary key. */
export type EventRow = StoredEvent;

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

/**
 * Indexes, version 1:
 * - events: primary key `position` set explicitly (NOT `++position`). The store computes
 *   positions from the head (cached by this writer, re-read inside the write transaction
 *   whenever the cache proves stale), so gap-freedom never
 *   depends on a browser rolling its key generator back when a transaction aborts (the spec
 *   asks for it and Chromium 156 does it, as scripts/bench/store.ts checks, but an optimistic
 *   group commit aborts on purpose now and then, and one engine that keeps the bumped counter
 *   would leave holes). Explicit keys also let the store hand positions to the caller and its
 *   subscribers without reading them back. A position collision (another writer got there
 *   first) fails the primary key and aborts the whole transaction; the store then replans it
 *   from in-transaction reads.
 *   `&id` (event id, unique) backs idempotency; `&[streamId+streamVersion]` (unique) backs
 *   expected-version checks and stream reads; `type`, `correlationId`, `time` serve the log's
 *   filters. Payloads are not indexed: every index costs write throughput.
 * - workspace: autosave key-value pairs, keyed by `key`.
 * - checkpoints: projection read models with their position, keyed by projection name.
 * No `streams` (streamId -> version) table: the store caches stream versions in memory and
 * reads the index only for a stream it has not seen, so such a table would add a put per
 * stream per transaction and save nothing on the hot path.
 */
export class EventfoldDb extends Dexie {
  events!: EntityTable<EventRow, 'position'>;
  workspace!: EntityTable<WorkspaceRow, 'key'>;
  checkpoints!: EntityTable<CheckpointRow, 'projection'>;

  constructor(name: string = EVENTFOLD_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(EVENTFOLD_DB_VERSION).stores({
      events: 'position, &id, &[streamId+streamVersion], type, correlationId, time',
      workspace: 'key',
      checkpoints: 'projection',
    });
  }
}
