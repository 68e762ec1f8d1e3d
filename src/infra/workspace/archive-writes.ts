import type { StoredEvent } from '../../core/messages/event';
import type { ArchiveConnection } from './archive-connection';

/**
 * How many stored events to keep when the engine has rebuilt a run of `through` events
 * (`engineLog` from position 1): the stored prefix if its last event is the engine's, else 0.
 */
export async function matchingPrefix(
  connection: ArchiveConnection,
  storedHead: number,
  through: number,
  engineLog: readonly StoredEvent[],
): Promise<number> {
  const keep = Math.min(storedHead, through);
  if (keep === 0) return 0;
  const [stored] = await connection.readEvents(keep, 1);
  const engineEvent = engineLog[keep - 1];
  return stored && engineEvent && sameEvent(stored, engineEvent) ? keep : 0;
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
