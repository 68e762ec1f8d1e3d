import type { Page } from '@playwright/test';

/** The saved workspace's fields the journeys check (the whole value can be large). */
export interface StoredWorkspace {
  readonly savedAt: number;
  readonly steps: number | null;
  readonly components: number | null;
  readonly bottomPanelShare: number | null;
}

/** The app's database as a page of its origin reads it. */
export interface StoredState {
  readonly databases: string[];
  /**
   * Stored events (the last batch record's last position: the log is gap-free from 1, which
   * the recovery journeys check row by row); -1 when the database exists without the app's stores.
   */
  readonly events: number;
  /** The saved workspace, or null when none is saved. */
  readonly workspace: StoredWorkspace | null;
}

/**
 * Reads the app's IndexedDB in `page` (the app's page or a blank one of its origin) in one
 * read-only transaction. It never creates the database: opening a name that does not exist
 * would make an empty one at version 1, which the app would then have to upgrade. Written as
 * one async function so that anything IndexedDB throws rejects the read with its own error
 * (a throw in a request's event handler would be swallowed and look like a hang).
 */
export function readStoredState(page: Page): Promise<StoredState> {
  return page.evaluate(async () => {
    const databases = (await indexedDB.databases()).map((entry) => String(entry.name));
    if (!databases.includes('eventfold')) return { databases, events: 0, workspace: null };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('eventfold');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const ask = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    try {
      const stores = Array.from(db.objectStoreNames);
      if (!stores.includes('eventBatches') || !stores.includes('workspace')) {
        return { databases, events: -1, workspace: null };
      }
      const transaction = db.transaction(['eventBatches', 'workspace'], 'readonly');
      const [last, saved] = await Promise.all([
        ask(transaction.objectStore('eventBatches').openCursor(null, 'prev')),
        ask(transaction.objectStore('workspace').get('current')),
      ]);
      const events = (last?.value as { to?: number } | undefined)?.to ?? 0;
      const value = (
        saved as {
          value?: {
            savedAt?: number;
            run?: { steps?: number };
            scenario?: { components?: unknown[] };
            settings?: { bottomPanelShare?: number };
          };
        }
      )?.value;
      return {
        databases,
        events,
        workspace: value
          ? {
              savedAt: value.savedAt ?? 0,
              steps: value.run?.steps ?? null,
              components: value.scenario?.components?.length ?? null,
              bottomPanelShare: value.settings?.bottomPanelShare ?? null,
            }
          : null,
      };
    } finally {
      db.close();
    }
  });
}
