import type { Clock } from '../time/clock';
import type { IdGenerator } from '../time/ids';
import type { Command } from './command';
import { copyRecord } from './copy-record';
import type { EventEnvelope } from './event';

/** What an event or command was caused by: its correlation flows on, its id becomes causation. */
export interface Cause {
  readonly id: string;
  readonly correlationId: string;
}

export interface MessageOptions {
  readonly source: string;
  /** The message that caused this one; without it, this message starts a new correlation. */
  readonly cause?: Cause;
  readonly partitionKey?: string;
  readonly schemaVersion?: number;
  readonly metadata?: Record<string, string>;
  /** Use a known id (imports, retries); otherwise one is drawn from the id generator. */
  readonly id?: string;
}

const noMetadata: Readonly<Record<string, string>> = Object.freeze({});

/**
 * The message's own frozen copy of the caller's metadata. Already frozen metadata (a command's,
 * passed on to the events it causes) is shared as is: its values are strings, so nothing in it
 * can change, and the copy was a measurable share of the engine's garbage.
 */
function frozenMetadata(
  metadata: Readonly<Record<string, string>> | undefined,
): Readonly<Record<string, string>> {
  if (!metadata) return noMetadata;
  return Object.isFrozen(metadata) ? metadata : Object.freeze(copyRecord(metadata));
}

/** Builds envelopes with injected time and ids, so the same inputs give the same messages. */
export class MessageFactory {
  constructor(
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  event<TType extends string, TData>(
    type: TType,
    data: TData,
    options: MessageOptions,
  ): EventEnvelope<TType, TData> {
    const id = options.id ?? this.ids.next('evt');
    const envelope: EventEnvelope<TType, TData> = {
      id,
      type,
      time: this.clock.now(),
      schemaVersion: options.schemaVersion ?? 1,
      source: options.source,
      correlationId: options.cause?.correlationId ?? id,
      causationId: options.cause?.id ?? null,
      // Always present (possibly undefined): one object shape for every envelope.
      partitionKey: options.partitionKey,
      metadata: frozenMetadata(options.metadata),
      data,
    };
    return Object.freeze(envelope);
  }

  command<TType extends string, TData>(
    type: TType,
    data: TData,
    options: Omit<MessageOptions, 'partitionKey' | 'schemaVersion'>,
  ): Command<TType, TData> {
    const id = options.id ?? this.ids.next('cmd');
    return Object.freeze({
      id,
      type,
      time: this.clock.now(),
      source: options.source,
      correlationId: options.cause?.correlationId ?? id,
      causationId: options.cause?.id ?? null,
      metadata: frozenMetadata(options.metadata),
      data,
    });
  }
}
