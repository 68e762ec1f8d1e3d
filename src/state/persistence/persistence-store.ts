import type { EventfoldState } from '../eventfold-state';

/** The whole state, persistence slice included (kept as a name for the persistence modules). */
export type StateWithPersistence = EventfoldState;

export const selectStorageStatus = (state: EventfoldState) => state.storageStatus;
export const selectRetryStorage = (state: EventfoldState) => state.retryStorage;
