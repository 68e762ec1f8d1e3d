import type { StoredEvent } from '../../../../src/core/messages/event';

export interface EntryOptions {
  readonly time?: number;
  readonly source?: string;
  readonly correlationId?: string;
  /** The id of the cause; null for a root. Defaults to null. */
  readonly causationId?: string | null;
  readonly id?: string;
  /** The bus partition key; without it the event is partitioned by its correlation id. */
  readonly partitionKey?: string;
}

/**
 * Hand-written logs for analysis specs: positions 1..n, stream versions counted per stream,
 * ids `e<position>` unless given, time = position unless given.
 */
export class LogBuilder {
  private readonly log: StoredEvent[] = [];
  private readonly versions = new Map<string, number>();

  /** `firstPosition` > 1 continues another builder's log (its stream versions restart at 1). */
  constructor(private readonly firstPosition = 1) {}

  add(type: string, streamId: string, data: unknown, options: EntryOptions = {}): StoredEvent {
    const position = this.firstPosition + this.log.length;
    const streamVersion = (this.versions.get(streamId) ?? 0) + 1;
    this.versions.set(streamId, streamVersion);
    const id = options.id ?? `e${position}`;
    const event: StoredEvent = {
      id,
      type,
      time: options.time ?? position,
      schemaVersion: 1,
      source: options.source ?? 'test',
      correlationId: options.correlationId ?? 'corr',
      causationId: options.causationId ?? null,
      ...(options.partitionKey === undefined ? {} : { partitionKey: options.partitionKey }),
      metadata: {},
      data,
      streamId,
      streamVersion,
      position,
    };
    this.log.push(event);
    return event;
  }

  get events(): StoredEvent[] {
    return [...this.log];
  }
}
