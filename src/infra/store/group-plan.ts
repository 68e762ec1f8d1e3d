import { ConcurrencyError } from '../../core/errors/errors';
import type { StoredEvent } from '../../core/messages/event';
import { planAppend } from '../../core/store/append-plan';
import type { AppendResult } from '../../core/store/event-store';
import type { AppendOutcome, AppendRequest } from './append-request';

/** The state a group is planned against: read inside its write transaction, or cached. */
export interface GroupStart {
  readonly head: number;
  /** The version of every stream the group touches. */
  readonly versions: ReadonlyMap<string, number>;
  /** Stored ids among the group's ids when they were read up front (verified mode). */
  readonly knownIds?: ReadonlySet<string>;
}

/** What a group writes and how each request ends, if the transaction commits. */
export interface GroupPlan {
  readonly outcomes: AppendOutcome[];
  readonly rows: StoredEvent[];
  readonly head: number;
  /** Versions after the group, for the streams it touches. */
  readonly versions: Map<string, number>;
}

/**
 * Confirms a failed version check against storage (optimistic mode): returns the group's ids
 * that are already stored, or throws to abandon the optimistic attempt (stale cache).
 */
export type ConfirmRejection = (request: AppendRequest) => Promise<ReadonlySet<string>>;

/**
 * Plans a group of appends in arrival order, each against the state the earlier ones leave,
 * exactly as if they ran one after another; a request that fails writes nothing and does not
 * affect the others. Without `knownIds` (optimistic mode) ids are not checked up front: the
 * unique `id` index refuses a known one at write time, and only a request that fails its
 * version check asks storage (`confirmRejection`), because an all-known retry must succeed.
 */
export async function planGroup(
  requests: readonly AppendRequest[],
  start: GroupStart,
  confirmRejection: ConfirmRejection,
): Promise<GroupPlan> {
  const versions = new Map(start.versions);
  const plannedIds = new Set<string>();
  const rows: StoredEvent[] = [];
  const outcomes: AppendOutcome[] = [];
  let head = start.head;
  const planOne = (request: AppendRequest, stored?: ReadonlySet<string>): AppendResult =>
    planAppend(request.streamId, request.events, request.expectedVersion, {
      currentVersion: versions.get(request.streamId) ?? 0,
      headPosition: head,
      isKnownId: (id) => plannedIds.has(id) || (stored?.has(id) ?? false),
    });

  for (const request of requests) {
    let result: AppendResult;
    try {
      result = planOne(request, start.knownIds);
    } catch (error) {
      if (start.knownIds || !(error instanceof ConcurrencyError)) {
        outcomes.push({ ok: false, error });
        continue;
      }
      // May throw to abandon the whole optimistic attempt; that must escape this loop.
      const stored = await confirmRejection(request);
      try {
        result = planOne(request, stored);
      } catch (confirmed) {
        outcomes.push({ ok: false, error: confirmed });
        continue;
      }
    }
    outcomes.push({ ok: true, result });
    for (const event of result.appended) {
      rows.push(event);
      plannedIds.add(event.id);
    }
    head += result.appended.length;
    if (result.appended.length > 0) versions.set(request.streamId, result.nextExpectedVersion);
  }
  return { outcomes, rows, head, versions };
}
