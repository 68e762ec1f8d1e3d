import type { ProjectionComponent } from '../components/read-side/projection-component';
import { MAX_WAIT_MS } from '../components/read-side/query-api-component';
import type { Simulation } from '../engine/simulation';
import { queryMessages } from './query-messages';
import { answerFrom, minPositionFor } from './query-read';
import type { HostQueryAnswer, HostQueryRequest } from './query-request';
import { failedAnswer } from './query-request';
import { findQueryProjection, missingParam } from './query-target';

/** A read-your-writes query held until its projection catches up. */
interface WaitingQuery {
  readonly request: HostQueryRequest;
  readonly projection: ProjectionComponent;
  readonly minPosition: number;
  /** Virtual time it started waiting. */
  readonly since: number;
}

/**
 * The host's query counter: answers queries from the simulation's Projection components, holds
 * read-your-writes queries (in virtual time, at most MAX_WAIT_MS, the Query API's own bound)
 * while the run moves, and queues answers so each snapshot can carry one.
 */
export class QueryDesk {
  private waiting: WaitingQuery[] = [];
  private readonly ready: HostQueryAnswer[] = [];

  /** Answers at once, or holds the query when it must wait for its projection (running only). */
  ask(sim: Simulation | null, request: HostQueryRequest, running: boolean): void {
    const answer = this.answerNow(sim, request, running);
    if (answer) this.deliver(answer);
  }

  /** The answer there is now, or null once the query is held to wait for its projection. */
  private answerNow(
    sim: Simulation | null,
    request: HostQueryRequest,
    running: boolean,
  ): HostQueryAnswer | null {
    if (!sim) return failedAnswer(request, queryMessages.nothingLoaded);
    const missing = missingParam(request);
    if (missing) return failedAnswer(request, queryMessages.missingParam(request.query, missing));
    const projection = findQueryProjection(sim, request);
    if (typeof projection === 'string') return failedAnswer(request, projection);
    const minPosition = minPositionFor(sim, request);
    const fresh = projection.checkpoint() >= minPosition;
    if (fresh || !request.readYourWrites) {
      return answerFrom(sim, projection, request, minPosition, 0, downNote(projection));
    }
    if (!running) {
      return answerFrom(sim, projection, request, minPosition, 0, queryMessages.pausedWhileStale);
    }
    this.waiting.push({ request, projection, minPosition, since: sim.scheduler.now() });
    return null;
  }

  /** After the simulation moved: answers the queries whose projection caught up or timed out. */
  recheck(sim: Simulation, running: boolean): void {
    if (this.waiting.length === 0) return;
    const now = sim.scheduler.now();
    const still: WaitingQuery[] = [];
    for (const query of this.waiting) {
      const waitedMs = now - query.since;
      const fresh = query.projection.checkpoint() >= query.minPosition;
      const verdict = waitVerdict(fresh, waitedMs, running);
      if (verdict === 'wait') still.push(query);
      else {
        const { request, projection, minPosition } = query;
        this.deliver(answerFrom(sim, projection, request, minPosition, waitedMs, verdict.note));
      }
    }
    this.waiting = still;
  }

  /** The run the waiting queries belonged to is gone: each gets an answer saying so. */
  dropWaiting(): void {
    for (const query of this.waiting)
      this.deliver(failedAnswer(query.request, queryMessages.reset));
    this.waiting = [];
  }

  /** The oldest answer not yet handed out, or null. */
  takeAnswer(): HostQueryAnswer | null {
    return this.ready.shift() ?? null;
  }

  get hasAnswers(): boolean {
    return this.ready.length > 0;
  }

  get waitingCount(): number {
    return this.waiting.length;
  }

  private deliver(answer: HostQueryAnswer): void {
    this.ready.push(answer);
  }
}

/** Keep waiting, or answer now (with the note that says why it is stale, if it is). */
function waitVerdict(
  fresh: boolean,
  waitedMs: number,
  running: boolean,
): 'wait' | { note: string | null } {
  if (fresh) return { note: null };
  if (waitedMs >= MAX_WAIT_MS) return { note: queryMessages.gaveUp(waitedMs) };
  return running ? 'wait' : { note: queryMessages.pausedWhileStale };
}

function downNote(projection: ProjectionComponent): string | null {
  return projection.faults.down ? queryMessages.projectionDown(projection.name) : null;
}
