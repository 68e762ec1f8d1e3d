import { DexieEventLogSource, type DurableEventLog } from './dexie-event-log-source';

/** What the composition root's persistence offers once storage is open (its Persistence fits). */
export interface OpenedEventArchive {
  readonly ready: Promise<boolean>;
  storage(): { readonly archive: DurableEventLog } | null;
}

/**
 * Hands a log source over the archive to `attach` once storage is open. When storage could not
 * be opened (private mode, blocked), nothing is attached and the Event log says it has no log.
 */
export function attachEventLogSource(
  persistence: OpenedEventArchive,
  attach: (source: DexieEventLogSource) => void,
): void {
  void persistence.ready.then((opened) => {
    const storage = opened ? persistence.storage() : null;
    if (storage) attach(new DexieEventLogSource(storage.archive));
  });
}
