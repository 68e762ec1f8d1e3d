// The saga's stream names, built here only: the saga writes them, recovery and the timeline
// read them back, and a prefix spelled in each of those places could drift apart.

const sagaStreamPrefix = 'saga-';

/** The stream holding one order's saga events: `saga-<orderId>`. */
export function sagaStreamId(orderId: string): string {
  return `${sagaStreamPrefix}${orderId}`;
}

/** The order whose saga `streamId` holds, or null when it is not a saga stream. */
export function orderIdOfSagaStream(streamId: string): string | null {
  return streamId.startsWith(sagaStreamPrefix) ? streamId.slice(sagaStreamPrefix.length) : null;
}
