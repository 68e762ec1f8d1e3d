import type { StoredEvent } from '../../core/messages/event';
import type { EventfoldDb } from '../db/schema';
import type { AppendRequest } from './append-request';
import { readHead, readKnownIds, readStreamVersion } from './event-queries';
import { type GroupPlan, type GroupStart, planGroup } from './group-plan';
import { hasErrorNamed } from './storage-errors';

/** What this tab believes is stored: valid while it is the only writer, checked by the indexes. */
export interface WriterCache {
  head: number;
  readonly versions: Map<string, number>;
}

/** Thrown inside a transaction to abandon the optimistic attempt and retry verified. */
class StaleCacheSignal extends Error {}

const DEFAULT_MAX_GROUP_EVENTS = 5_000;

export interface GroupCommitterOptions {
  readonly db: EventfoldDb;
  readonly cache: WriterCache;
  /** Told about each committed group's rows (in position order) before callers are settled. */
  readonly onCommitted: (rows: readonly StoredEvent[]) => void;
  /** Turns a failed transaction's error into the typed error callers receive. */
  readonly describeFailure: (error: unknown) => Error;
  readonly maxGroupEvents?: number;
}

/**
 * Group commit: every append() issued before the queued flush runs (same tick) shares one
 * read-write transaction; appends arriving while it commits form the next group.
 *
 * First attempt, optimistic: validate against this tab's cache (stream versions, head), read
 * only streams not cached yet, write with one bulkAdd. The unique indexes still guard the
 * write: if the cache was wrong (another writer, a known id in a batch), the add fails, the
 * whole transaction aborts, nothing is stored, and the group is replanned in a second
 * transaction from in-transaction reads (head, every stream's version, the known ids).
 * Each request settles on its own only after its group commits.
 */
export class GroupCommitter {
  private queue: AppendRequest[] = [];
  private flushScheduled = false;
  private flushing = false;

  private readonly db: EventfoldDb;
  private readonly cache: WriterCache;

  constructor(private readonly options: GroupCommitterOptions) {
    this.db = options.db;
    this.cache = options.cache;
  }

  /** Queues a request; it joins the group that flushes next. */
  enqueue(request: AppendRequest): void {
    this.queue.push(request);
    if (this.flushScheduled || this.flushing) return;
    this.flushScheduled = true;
    queueMicrotask(() => {
      this.flushScheduled = false;
      void this.flush();
    });
  }

  /** Rejects every queued request (the database closed under them). */
  failQueued(error: unknown): void {
    const queued = this.queue;
    this.queue = [];
    for (const request of queued) request.reject(error);
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) await this.commit(this.takeGroup());
    } finally {
      this.flushing = false;
    }
  }

  private takeGroup(): AppendRequest[] {
    const maxEvents = this.options.maxGroupEvents ?? DEFAULT_MAX_GROUP_EVENTS;
    let events = 0;
    let count = 0;
    for (const request of this.queue) {
      if (count > 0 && events + request.events.length > maxEvents) break;
      events += request.events.length;
      count += 1;
    }
    return this.queue.splice(0, count);
  }

  private async commit(group: AppendRequest[]): Promise<void> {
    let plan: GroupPlan;
    try {
      plan = await this.attempt(group, 'optimistic');
    } catch (error) {
      if (!(error instanceof StaleCacheSignal) && !hasErrorNamed(error, 'ConstraintError')) {
        return this.rejectAll(group, error);
      }
      this.cache.versions.clear();
      try {
        plan = await this.attempt(group, 'verified');
      } catch (verifiedError) {
        return this.rejectAll(group, verifiedError);
      }
    }
    this.cache.head = plan.head;
    for (const [streamId, version] of plan.versions) this.cache.versions.set(streamId, version);
    if (plan.rows.length > 0) this.options.onCommitted(plan.rows);
    plan.outcomes.forEach((outcome, index) => {
      const request = group[index]!;
      if (outcome.ok) request.resolve(outcome.result);
      else request.reject(outcome.error);
    });
  }

  private attempt(group: AppendRequest[], mode: 'optimistic' | 'verified'): Promise<GroupPlan> {
    const { db } = this;
    return db.transaction('rw', db.events, async () => {
      const start =
        mode === 'optimistic' ? await this.cachedStart(group) : await readStart(db, group);
      const plan = await planGroup(group, start, (request) =>
        this.confirmRejection(request, start),
      );
      if (plan.rows.length > 0) await db.events.bulkAdd(plan.rows);
      return plan;
    });
  }

  /** The cache, completed with in-transaction reads for streams it has not seen. */
  private async cachedStart(group: AppendRequest[]): Promise<GroupStart> {
    const versions = new Map<string, number>();
    const unseen: string[] = [];
    for (const { streamId, expectedVersion } of group) {
      if (versions.has(streamId) || unseen.includes(streamId)) continue;
      const cached = this.cache.versions.get(streamId);
      if (cached !== undefined) versions.set(streamId, cached);
      // A request that expects a new stream is taken at its word without a read (one index
      // cursor per new order stream was most of a busy run's write cost): if the stream does
      // exist, the [streamId+streamVersion] index refuses version 1 and the group is verified.
      else if (expectedVersion === 'noStream' || expectedVersion === 0) versions.set(streamId, 0);
      else unseen.push(streamId);
    }
    const read = await Promise.all(unseen.map((id) => readStreamVersion(this.db, id)));
    for (const [index, streamId] of unseen.entries()) versions.set(streamId, read[index]!);
    return { head: this.cache.head, versions };
  }

  /** A version mismatch found on cached state is only trusted once storage agrees. */
  private async confirmRejection(
    request: AppendRequest,
    start: GroupStart,
  ): Promise<ReadonlySet<string>> {
    const stored = await readStreamVersion(this.db, request.streamId);
    if (stored !== start.versions.get(request.streamId)) throw new StaleCacheSignal();
    return readKnownIds(
      this.db,
      request.events.map((event) => event.id),
    );
  }

  private rejectAll(group: AppendRequest[], error: unknown): void {
    const mapped = this.options.describeFailure(error);
    for (const request of group) request.reject(mapped);
  }
}

/** Everything the group depends on, read inside its transaction (verified mode). */
async function readStart(db: EventfoldDb, group: AppendRequest[]): Promise<GroupStart> {
  const streamIds = [...new Set(group.map((request) => request.streamId))];
  const ids = group.flatMap((request) => request.events.map((event) => event.id));
  const [head, versions, knownIds] = await Promise.all([
    readHead(db),
    Promise.all(streamIds.map((id) => readStreamVersion(db, id))),
    readKnownIds(db, ids),
  ]);
  return {
    head,
    versions: new Map(streamIds.map((id, index) => [id, versions[index]!])),
    knownIds,
  };
}
