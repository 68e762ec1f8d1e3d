import type { StoredEvent } from '../../core/messages/event';

/** The shown imported log after another file was added to it. */
export interface MergedLog {
  readonly events: readonly StoredEvent[];
  /** Incoming events whose id the shown log already held: skipped, not added twice. */
  readonly skippedKnownIds: number;
  /** Incoming events appended after the shown log. */
  readonly added: number;
}

/**
 * Adds a second imported file to the one on show (logs from several browsers studied
 * together): events whose id is already there are skipped and counted, the rest follow the
 * existing log with positions continuing gap-free and each stream's versions continuing from
 * its last one, the invariants an event store holds. Neither input is changed.
 */
export function mergeImportedLog(
  existing: readonly StoredEvent[],
  incoming: readonly StoredEvent[],
): MergedLog {
  const knownIds = new Set(existing.map((event) => event.id));
  const versions = new Map<string, number>();
  for (const event of existing) versions.set(event.streamId, event.streamVersion);
  let position = existing.at(-1)?.position ?? 0;
  const merged = [...existing];
  let skippedKnownIds = 0;
  for (const event of incoming) {
    if (knownIds.has(event.id)) {
      skippedKnownIds += 1;
      continue;
    }
    knownIds.add(event.id);
    const streamVersion = (versions.get(event.streamId) ?? 0) + 1;
    versions.set(event.streamId, streamVersion);
    position += 1;
    merged.push(Object.freeze({ ...event, position, streamVersion }));
  }
  return { events: merged, skippedKnownIds, added: merged.length - existing.length };
}
