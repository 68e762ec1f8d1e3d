import type { SliceCreator } from '../eventfold-state';
import type { EventLogSource } from './event-log-source';

/** The stored log the panels read, attached by the composition root (null until then). */
export interface LogSourceSlice {
  logSource: EventLogSource | null;
  attachLogSource: (source: EventLogSource | null) => void;
}

export const createLogSourceSlice: SliceCreator<LogSourceSlice> = (set) => ({
  logSource: null,
  attachLogSource: (logSource) => set({ logSource }),
});
