import type { StoredEvent } from '../../src/core/messages/event';

/** One event of a Dead Letter Queue's stream (`streamId`), as the engine records it. */
export function letterEvent(
  position: number,
  type: string,
  eventId: string,
  options: { streamId?: string; data?: Record<string, unknown> } = {},
): StoredEvent {
  return {
    id: `dlq-evt-${position}`,
    type,
    time: position * 1_000,
    schemaVersion: 1,
    source: 'dead-letter-queue-1',
    correlationId: `cmd-${eventId}`,
    causationId: eventId,
    metadata: {},
    data: {
      eventId,
      eventType: 'order.placed',
      subscriberId: 'analytics',
      busId: 'bus',
      attempts: 4,
      lastError: `<b>analytics</b> failed on ${eventId}`,
      ...options.data,
    },
    streamId: options.streamId ?? 'dlq-dead-letter-queue-1',
    streamVersion: position,
    position,
  };
}
