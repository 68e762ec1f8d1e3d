import type { JsonObject } from './json';

/** Where an event comes from, by the seed's categories. */
export type EventCategory = 'domain' | 'integration' | 'system';

/**
 * An immutable fact. `type` is dotted and past tense (`order.placed`); `time` is virtual ms since
 * the run's epoch; `causationId` is the id of the message that caused it (null for a root).
 */
export interface EventEnvelope<TType extends string = string, TData = unknown> {
  readonly id: string;
  readonly type: TType;
  readonly time: number;
  readonly schemaVersion: number;
  readonly source: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  /** Key that picks a bus partition; events with one key keep their order. */
  readonly partitionKey?: string;
  readonly metadata: Readonly<Record<string, string>>;
  readonly data: TData;
}

/** An event once an event store holds it: placed in a stream and in the global log. */
export interface StoredEvent<TType extends string = string, TData = unknown>
  extends EventEnvelope<TType, TData> {
  readonly streamId: string;
  /** 1-based, contiguous within its stream. */
  readonly streamVersion: number;
  /** 1-based, global, gap-free, monotonic across all streams. */
  readonly position: number;
}

/** Any envelope whose payload is plain JSON: what crosses storage and export boundaries. */
export type JsonEvent = EventEnvelope<string, JsonObject>;

/** The category of an event type: `system.*` are system events, `notification.*` integration. */
export function eventCategory(type: string): EventCategory {
  if (type.startsWith('system.')) return 'system';
  if (type.startsWith('notification.') || type.startsWith('integration.')) return 'integration';
  return 'domain';
}
