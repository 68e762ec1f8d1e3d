import type { StoredEvent } from '../../src/core/messages/event';

/**
 * Row `index` (0-based) of a large log made by repeating a real run's log `base`: round r of the
 * repetition gets its own event ids, stream ids, order ids and correlations (suffix `-r<r>`), so
 * unique indexes hold and projections see distinct orders; positions run 1..N without gaps.
 * Stream versions stay those of the base, which is right because each round starts its streams
 * afresh. Computed from the index alone, so a million rows never need to be in memory at once.
 */
export function repeatedLogRow(base: readonly StoredEvent[], index: number): StoredEvent {
  if (base.length === 0) throw new Error('repeatedLogRow needs a non-empty base log');
  const event = base[index % base.length]!;
  const round = Math.floor(index / base.length);
  if (round === 0) return { ...event, position: index + 1 };
  const suffix = `-r${round}`;
  return {
    ...event,
    id: event.id + suffix,
    streamId: event.streamId + suffix,
    correlationId: event.correlationId + suffix,
    causationId: event.causationId === null ? null : event.causationId + suffix,
    data: withRoundOrderId(event.data, suffix),
    position: index + 1,
  };
}

/** The payload with its `orderId` (when it has one) made unique to the round. */
function withRoundOrderId(data: unknown, suffix: string): unknown {
  if (typeof data !== 'object' || data === null || !('orderId' in data)) return data;
  const { orderId } = data as { orderId: unknown };
  return typeof orderId === 'string' ? { ...data, orderId: orderId + suffix } : data;
}
