import { useSyncExternalStore } from 'react';
import { useEventfoldStore } from '../../state/store';
import { useTransferStore } from '../../state/transfer/transfer-store';
import type { ActionRead } from './app-action';

/** `read` over both stores as they are now: for a click or a key press. */
export const readNow = <T>(read: ActionRead<T>): T =>
  read(useEventfoldStore.getState(), useTransferStore.getState());

const subscribeToBoth = (onChange: () => void) => {
  const stopApp = useEventfoldStore.subscribe(onChange);
  const stopTransfer = useTransferStore.subscribe(onChange);
  return () => {
    stopApp();
    stopTransfer();
  };
};

/**
 * `read` over both stores, re-rendering when its result changes. Give it reads that return a
 * primitive (enabled, a title): a fresh object each time would re-render on every store update.
 */
export function useActionState<T extends string | boolean | undefined>(read: ActionRead<T>): T {
  const snapshot = () => readNow(read);
  return useSyncExternalStore(subscribeToBoth, snapshot, snapshot);
}
