import type { StoredEvent } from '../../core/messages/event';
import type { EventfoldDb } from '../db/schema';

// Bulk reads only (getAll/getAllKeys under Dexie): never a cursor step per event.
// Each works inside the caller's transaction when there is one.

/** The position of the last stored event; 0 when the log is empty. */
export async function readHead(db: EventfoldDb): Promise<number> {
  const last = await db.events.orderBy('position').lastKey();
  return typeof last === 'number' ? last : 0;
}

/** The stream's last version from the unique [streamId+streamVersion] index; 0 when empty. */
export async function readStreamVersion(db: EventfoldDb, streamId: string): Promise<number> {
  const keys = await db.events
    .where('[streamId+streamVersion]')
    .between([streamId, 0], [streamId, Number.POSITIVE_INFINITY], true, true)
    .reverse()
    .limit(1)
    .keys();
  const last = keys[0] as unknown as [string, number] | undefined;
  return last ? last[1] : 0;
}

/** Which of `ids` are already stored, in one index query for the whole set. */
export async function readKnownIds(db: EventfoldDb, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await db.events.where('id').anyOf(ids).keys();
  return new Set(found as string[]);
}

/** Up to `limit` events from `fromPosition` on, in position order. */
export function readPage(
  db: EventfoldDb,
  fromPosition: number,
  limit: number | undefined,
): Promise<StoredEvent[]> {
  if (limit !== undefined && limit <= 0) return Promise.resolve([]);
  const range = db.events.where('position').aboveOrEqual(Math.max(1, fromPosition));
  return (limit === undefined ? range : range.limit(limit)).toArray();
}

/** Up to `limit` events of one stream from `fromVersion` on, in version order. */
export function readStreamPage(
  db: EventfoldDb,
  streamId: string,
  fromVersion: number,
  limit: number | undefined,
): Promise<StoredEvent[]> {
  if (limit !== undefined && limit <= 0) return Promise.resolve([]);
  const range = db.events
    .where('[streamId+streamVersion]')
    .between(
      [streamId, Math.max(1, fromVersion)],
      [streamId, Number.POSITIVE_INFINITY],
      true,
      true,
    );
  return (limit === undefined ? range : range.limit(limit)).toArray();
}
