import type { StateCreator } from 'zustand';
import type { EventfoldState } from '../eventfold-state';
import { type StorageStatus, storageOk } from './storage-status';

/** What the UI may ask of persistence; attached by the composition root. */
export interface StorageControls {
  /** Writes the halted batch and the workspace again; the run continues if saving paused it. */
  retry(): void;
}

/**
 * How saving stands, for the storage banner. (How far the log is durable is the run slice's
 * `durablePosition`, which persistence feeds.)
 */
export interface PersistenceSlice {
  storageStatus: StorageStatus;
  storageControls: StorageControls | null;
  setStorageStatus: (status: StorageStatus) => void;
  attachStorageControls: (controls: StorageControls | null) => void;
  /** The banner's Resume: clears the status and retries (a new failure sets it again). */
  retryStorage: () => void;
}

/** The persistence slice; typed on the whole state with this slice in it. */
export const createPersistenceSlice: StateCreator<
  EventfoldState & PersistenceSlice,
  [],
  [],
  PersistenceSlice
> = (set, get) => ({
  storageStatus: storageOk,
  storageControls: null,
  setStorageStatus: (storageStatus) => set({ storageStatus }),
  attachStorageControls: (storageControls) => set({ storageControls }),
  retryStorage: () => {
    const { storageControls } = get();
    if (!storageControls) return;
    set({ storageStatus: storageOk });
    storageControls.retry();
  },
});
