import type { StoredEvent } from '../../core/messages/event';
import type { AppendResult } from '../../core/store/event-store';
import type { DexieEventStore } from '../store/dexie-event-store';
import { PositionMismatchError } from './archive-errors';

/**
 * Appends a batch (in position order) as the engine appended it: stream run by stream run, each
 * with expectedVersion = its first streamVersion - 1 and its own ids, all issued in one tick so
 * they share one group-commit transaction. Throws the storage error, or PositionMismatchError
 * when an event did not land at the engine's position.
 */
export async function writeBatch(
  store: DexieEventStore,
  batch: readonly StoredEvent[],
): Promise<void> {
  const runs = streamRuns(batch);
  const results = await Promise.allSettled(
    runs.map((run) =>
      store.append(run[0]!.streamId, run, { expectedVersion: run[0]!.streamVersion - 1 }),
    ),
  );
  for (const [index, result] of results.entries()) {
    if (result.status === 'rejected') throw result.reason;
    checkStoredPositions(runs[index]!, result.value);
  }
}

/**
 * How many stored events to keep when the engine has rebuilt a run of `through` events
 * (`engineLog` from position 1): the stored prefix if its last event is the engine's, else 0.
 */
export async function matchingPrefix(
  store: DexieEventStore,
  through: number,
  engineLog: readonly StoredEvent[],
): Promise<number> {
  const keep = Math.min(store.durablePosition, through);
  if (keep === 0) return 0;
  const [stored] = await store.readAll(keep, 1);
  const engineEvent = engineLog[keep - 1];
  return stored && engineEvent && sameEvent(stored, engineEvent) ? keep : 0;
}

/**
 * Splits a batch (in position order) into runs of consecutive events of one stream: each run is
 * one append whose expectedVersion is its first event's streamVersion - 1, exactly as the engine
 * appended them, so a group commit of all runs reproduces the engine's positions.
 */
export function streamRuns(batch: readonly StoredEvent[]): StoredEvent[][] {
  const runs: StoredEvent[][] = [];
  let current: StoredEvent[] | undefined;
  for (const event of batch) {
    if (current && current[0]!.streamId === event.streamId) current.push(event);
    else {
      current = [event];
      runs.push(current);
    }
  }
  return runs;
}

/** Throws PositionMismatchError unless every event was stored at the engine's position. */
export function checkStoredPositions(run: readonly StoredEvent[], result: AppendResult): void {
  run.forEach((event, index) => {
    const stored = result.appended[index];
    if (!stored || stored.id !== event.id) {
      throw new PositionMismatchError(event.id, event.position, null);
    }
    if (stored.position !== event.position || stored.streamVersion !== event.streamVersion) {
      throw new PositionMismatchError(event.id, event.position, stored.position);
    }
  });
}

/** Whether a stored event is the engine's event (same place, same content). */
export function sameEvent(stored: StoredEvent, engine: StoredEvent): boolean {
  return (
    stored.id === engine.id &&
    stored.position === engine.position &&
    stored.streamId === engine.streamId &&
    stored.streamVersion === engine.streamVersion &&
    stored.type === engine.type &&
    stored.time === engine.time &&
    JSON.stringify(stored.data) === JSON.stringify(engine.data)
  );
}
