import type { StoreApi } from 'zustand';
import type { EngineHost } from '../../sim/host/engine-host';
import type { EventfoldState } from '../eventfold-state';

/**
 * Listens to every snapshot of whichever engine the store holds and hands query answers to the
 * store. Engine snapshots, not store frames: frames keep only the newest snapshot of each
 * animation frame, and an answer rides in exactly one snapshot. Returns the unsubscribe.
 */
export function connectQueryAnswers(
  store: Pick<StoreApi<EventfoldState>, 'subscribe' | 'getState'>,
): () => void {
  let engine: EngineHost | null = null;
  let stopSnapshots: (() => void) | null = null;
  const stopStore = store.subscribe((state) => {
    if (state.engine === engine) return;
    stopSnapshots?.();
    stopSnapshots = null;
    engine = state.engine;
    stopSnapshots =
      engine?.subscribe((snapshot) => {
        if (snapshot.queryAnswer) store.getState().receiveQueryAnswer(snapshot.queryAnswer);
      }) ?? null;
  });
  return () => {
    stopStore();
    stopSnapshots?.();
  };
}
