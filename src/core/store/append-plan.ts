import { DuplicateEventInBatchError } from '../errors/errors';
import type { EventEnvelope, StoredEvent } from '../messages/event';
import type { AppendResult, ExpectedVersion } from './event-store';
import { checkExpectedVersion } from './expected-version';

/** What a store knows when it decides one append: the stream's version, the head, stored ids. */
export interface AppendContext {
  readonly currentVersion: number;
  /** Position of the last stored event (0 when empty); new events continue from here. */
  readonly headPosition: number;
  readonly isKnownId: (id: string) => boolean;
}

/**
 * Decides what one append stores, following the EventStore port's contract, without storing
 * anything: every store (in-memory, IndexedDB) runs this one rule set so they cannot drift.
 * Throws DuplicateEventInBatchError or ConcurrencyError; `appended` empty means write nothing.
 */
export function planAppend(
  streamId: string,
  events: readonly EventEnvelope[],
  expectedVersion: ExpectedVersion,
  context: AppendContext,
): AppendResult {
  rejectDuplicatesWithinBatch(events);
  const { currentVersion } = context;
  const skippedDuplicateIds = knownIdsOf(events, context);
  // Almost every append is all new: then the batch itself is what gets stored (no copy).
  const fresh =
    skippedDuplicateIds.length === 0
      ? events
      : events.filter((event) => !context.isKnownId(event.id));
  // A retry whose every event is already stored is a success whatever it expected: the
  // writer's intent is already in the log. An empty batch is not a retry, so it is checked.
  if (events.length > 0 && fresh.length === 0) {
    return { nextExpectedVersion: currentVersion, appended: [], skippedDuplicateIds };
  }
  checkExpectedVersion(streamId, expectedVersion, currentVersion);
  const appended = fresh.map((event, index) =>
    toStoredEvent(event, streamId, currentVersion + index + 1, context.headPosition + index + 1),
  );
  return {
    nextExpectedVersion: currentVersion + fresh.length,
    appended,
    skippedDuplicateIds,
  };
}

const noIds: readonly string[] = Object.freeze([]);

/** Ids of the batch the store already holds; one shared empty list when there are none. */
function knownIdsOf(events: readonly EventEnvelope[], context: AppendContext): readonly string[] {
  let known: string[] | undefined;
  for (const event of events) {
    if (!context.isKnownId(event.id)) continue;
    known ??= [];
    known.push(event.id);
  }
  return known ?? noIds;
}

/**
 * Places an envelope in a stream and the global log; the result is a new, frozen object.
 * Fields are copied one by one (not spread) so every stored event shares one object shape:
 * measurably faster to build and cheaper to keep for a log of hundreds of thousands.
 */
export function toStoredEvent(
  event: EventEnvelope,
  streamId: string,
  streamVersion: number,
  position: number,
): StoredEvent {
  const stored: StoredEvent = {
    id: event.id,
    type: event.type,
    time: event.time,
    schemaVersion: event.schemaVersion,
    source: event.source,
    correlationId: event.correlationId,
    causationId: event.causationId,
    // Always present (possibly undefined) so every stored event has one shape; JSON drops it.
    partitionKey: event.partitionKey,
    metadata: event.metadata,
    data: event.data,
    streamId,
    streamVersion,
    position,
  };
  return Object.freeze(stored);
}

function rejectDuplicatesWithinBatch(events: readonly EventEnvelope[]): void {
  if (events.length < 2) return;
  const seen = new Set<string>();
  for (const event of events) {
    if (seen.has(event.id)) throw new DuplicateEventInBatchError(event.id);
    seen.add(event.id);
  }
}
