import { partitionKeyOf } from '../../core/bus/partition-key';
import { eventCategory, type StoredEvent } from '../../core/messages/event';
import { BoundedMap } from './bounded-map';
import type { InvariantWarning } from './invariant-warning';
import { isDeadLetterRecord } from './reaction-order-rule';

interface StreamKey {
  readonly key: string;
  readonly firstId: string;
  flagged: boolean;
}

/**
 * One key per stream. A bus keeps order only within a partition (src/core/bus/partition-key.ts),
 * so a stream's events are read in version order only if they all carry one key: an order keeps
 * the key of its first event (src/core/order/order-partition-key.ts). A stream whose events name
 * a second key is flagged once, at the first event that does: its events can land on two
 * partitions and be read out of order, whether or not a consumer has met the reorder yet (it
 * reports `system.order.violated` only when it does). Logs written before issue #16 with the
 * partition key "user" show it: `order.placed` keyed by the user, the order's later events by
 * its id.
 *
 * Not judged: system events and dead-letter records (a queue's stream holds the events of many
 * orders, each with its own key). Memory is bounded: the oldest streams are forgotten.
 */
export class StreamKeyRule {
  private readonly streams: BoundedMap<string, StreamKey>;

  constructor(memory: number) {
    this.streams = new BoundedMap(memory);
  }

  check(event: StoredEvent): InvariantWarning | null {
    if (eventCategory(event.type) === 'system' || isDeadLetterRecord(event.type)) return null;
    const key = partitionKeyOf(event);
    const first = this.streams.get(event.streamId);
    if (!first) {
      this.streams.set(event.streamId, { key, firstId: event.id, flagged: false });
      return null;
    }
    if (first.key === key || first.flagged) return null;
    first.flagged = true;
    return {
      kind: 'order-violated',
      message: `${event.streamId} was keyed by "${first.key}", then by "${key}" (${event.type}): its events can land on different bus partitions and be read out of order`,
      eventIds: [event.id, first.firstId],
      componentIds: [event.source],
      position: event.position,
      time: event.time,
    };
  }
}
