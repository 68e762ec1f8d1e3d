import type { StoreSubscriptionHandlers } from './event-store';

/** Hands a handler's error to onError, or rethrows it on a microtask so it is never swallowed. */
export function reportHandlerError(handlers: StoreSubscriptionHandlers, error: unknown): void {
  let unreported = error;
  try {
    if (handlers.onError) {
      handlers.onError(error);
      return;
    }
  } catch (onErrorFailure) {
    unreported = onErrorFailure;
  }
  queueMicrotask(() => {
    throw unreported;
  });
}
