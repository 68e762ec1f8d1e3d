/**
 * A note, kept outside IndexedDB, that a workspace was saved. When IndexedDB later holds no
 * workspace but the note is there, the browser lost the saved data (Chromium's LevelDB store can
 * be deleted on a launch after a crash; see README, Crash suite), and the app says so instead of
 * opening a first visit as if nothing had been there. The note lives in localStorage: separate
 * files from IndexedDB, and cleared together with it when a person clears the site's data.
 */

/** The part of `Storage` the marker needs (window.localStorage in the app, a fake in tests). */
export type MarkerStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const SAVED_MARKER_KEY = 'eventfold.workspace-saved';

export interface SavedMarker {
  /** Wall-clock time of the save (ms since the epoch). */
  readonly savedAt: number;
  /** Events stored for the run at that save (the archive may have stored more since). */
  readonly events: number;
}

/** The marker, or null when there is none, it is not readable, or storage is blocked. */
export function readSavedMarker(storage: MarkerStorage | undefined): SavedMarker | null {
  try {
    const text = storage?.getItem(SAVED_MARKER_KEY);
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { savedAt, events } = value as Record<string, unknown>;
    if (!isCount(savedAt) || !isCount(events)) return null;
    return { savedAt, events };
  } catch {
    // Blocked storage or a hand-edited value: no marker, so no claim of a loss.
    return null;
  }
}

/** Notes a save; a failure (blocked storage, full quota) only loses the loss detection. */
export function writeSavedMarker(storage: MarkerStorage | undefined, marker: SavedMarker): void {
  try {
    storage?.setItem(SAVED_MARKER_KEY, JSON.stringify(marker));
  } catch {
    // The workspace itself was saved; only the later "it was lost" notice depends on this.
  }
}

/** What the person is told when the saved workspace is gone from IndexedDB. */
export function lostWorkspaceNotice(marker: SavedMarker): string {
  const when = new Date(marker.savedAt).toLocaleString();
  const events =
    marker.events > 0 ? ` (at least ${marker.events.toLocaleString('en-US')} events stored)` : '';
  return `The workspace saved ${when}${events} is no longer in this browser's storage: the browser lost it, as can happen after it crashes or is killed. The example opened instead.`;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** The page's localStorage, or undefined where reading the property throws (sandboxed frames). */
export function pageMarkerStorage(page: Window): MarkerStorage | undefined {
  try {
    return page.localStorage;
  } catch {
    return undefined;
  }
}
