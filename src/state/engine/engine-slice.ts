import type { EngineHost } from '../../sim/host/engine-host';
import type { SliceCreator } from '../eventfold-state';

/**
 * The running engine, attached by the composition root (a Web Worker host in the app, an inline
 * host in tests). Actions reach the simulation only through this port.
 */
export interface EngineSlice {
  engine: EngineHost | null;
  attachEngine: (engine: EngineHost | null) => void;
}

export const createEngineSlice: SliceCreator<EngineSlice> = (set) => ({
  engine: null,
  attachEngine: (engine) => set({ engine }),
});
