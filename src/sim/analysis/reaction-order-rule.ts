import type { StoredEvent } from '../../core/messages/event';
import { BoundedMap } from './bounded-map';
import type { InvariantWarning } from './invariant-warning';

interface Seen {
  readonly streamId: string;
  readonly version: number;
  readonly type: string;
}

interface Reaction {
  readonly version: number;
  readonly causeId: string;
  readonly reactionId: string;
}

/**
 * Per-stream order as a component experienced it, from what the log records. When a component
 * records an event caused by an event of another stream S (a reaction: the saga's step events
 * to participants' replies, a consumer's error or discard to the event it failed on), the
 * reactions of that component to S must follow S's versions. A reaction to S@v recorded after
 * one to S@w with w > v shows the component handled S out of order: reorder jitter on the bus,
 * a redelivery after a crash, or a redrive from the dead-letter queue.
 *
 * What it cannot see: handling that records nothing (a consumer's successes are metrics, not
 * events) and reactions to commands (commands are not in the log). For those, consumers must
 * report it themselves as `system.order.violated` {streamId, version, lastAppliedVersion,
 * eventId}, which this rule turns into a warning as is.
 *
 * Not judged here: `system.duplicate.applied` (its own warning) and a dead-letter queue's
 * records (`deadletter.*`, `system.deadletter.*`: it records about old events by design). Memory is bounded: causes older than `memory` events and
 * the oldest (component, stream) pairs are forgotten, so very late reactions are not judged.
 */
export class ReactionOrderRule {
  private readonly recent: BoundedMap<string, Seen>;
  private readonly highest: BoundedMap<string, Reaction>;

  constructor(memory: number) {
    this.recent = new BoundedMap(memory);
    this.highest = new BoundedMap(memory);
  }

  check(event: StoredEvent): InvariantWarning | null {
    this.recent.set(event.id, {
      streamId: event.streamId,
      version: event.streamVersion,
      type: event.type,
    });
    if (event.type === 'system.order.violated') return reported(event);
    if (event.type === 'system.duplicate.applied' || isDeadLetterRecord(event.type)) return null;
    const causeId = event.causationId;
    const cause = causeId === null ? undefined : this.recent.get(causeId);
    if (causeId === null || !cause || cause.streamId === event.streamId) return null;
    const key = `${event.source}\u0000${cause.streamId}`;
    const before = this.highest.get(key);
    if (!before || cause.version >= before.version) {
      if (!before || cause.version > before.version) {
        this.highest.set(key, { version: cause.version, causeId, reactionId: event.id });
      }
      return null;
    }
    return {
      kind: 'order-violated',
      message: `${event.source} reacted to ${cause.streamId} v${cause.version} (${cause.type}) after it had reacted to v${before.version}: it handled that stream's events out of order (reorder jitter, a redelivery after a crash, or a redrive)`,
      eventIds: [event.id, causeId, before.reactionId, before.causeId],
      componentIds: [event.source],
      position: event.position,
      time: event.time,
    };
  }
}

/** A dead-letter queue's record about an old event (it records about other streams by design). */
export function isDeadLetterRecord(type: string): boolean {
  return type.startsWith('deadletter.') || type.startsWith('system.deadletter.');
}

function reported(event: StoredEvent): InvariantWarning {
  const data = event.data as Record<string, unknown>;
  const consumer = String(data.consumerId ?? data.componentId ?? event.source);
  const stream = String(data.streamId ?? 'a stream');
  const eventIds = [event.id];
  if (typeof data.eventId === 'string') eventIds.push(data.eventId);
  return {
    kind: 'order-violated',
    message: `${consumer} applied ${stream} v${String(data.version)} after v${String(data.lastAppliedVersion)}: per-partition order was broken for it`,
    eventIds,
    componentIds: [consumer],
    position: event.position,
    time: event.time,
  };
}
