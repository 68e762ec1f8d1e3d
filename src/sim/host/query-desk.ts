import { type ReadVerdict, readVerdict } from '../../core/cqrs/read-consistency';
import { MAX_WAIT_MS } from '../components/read-side/query-api-component';
import { minPositionFor } from '../components/read-side/write-positions';
import type { Simulation } from '../engine/simulation';
import { queryMessages } from './query-messages';
import { answerFrom, type DeskQuery } from './query-read';
import type { HostQueryAnswer, HostQueryRequest } from './query-request';
import { failedAnswer } from './query-request';
import { findQueryProjection, missingParam, orderQueryOf } from './query-target';

/** A query from when it was asked: held there while it waits for its projection. */
interface AskedQuery extends DeskQuery {
  /** Virtual time it was asked. */
  readonly since: number;
}

/**
 * The host's query counter: answers queries from the simulation's Projection components through
 * the kernel's order queries, and holds read-your-writes queries while the run moves, as the
 * kernel's read consistency decides (at most MAX_WAIT_MS of virtual time, the Query API's own
 * bound; a paused run cannot catch up, so it answers stale at once). Answers are queued so each
 * snapshot can carry one.
 */
export class QueryDesk {
  private waiting: AskedQuery[] = [];
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
    const query = orderQueryOf(request);
    const asked = {
      request,
      query,
      minPosition: minPositionFor(sim.ctx.log, query),
      projection,
      since: sim.scheduler.now(),
    };
    const verdict = verdictOf(asked, sim, running);
    if (verdict.kind === 'answer') return answerOf(asked, verdict, sim);
    this.waiting.push(asked);
    return null;
  }

  /** After the simulation moved: answers the queries whose projection caught up or timed out. */
  recheck(sim: Simulation, running: boolean): void {
    if (this.waiting.length === 0) return;
    const still: AskedQuery[] = [];
    for (const query of this.waiting) {
      const verdict = verdictOf(query, sim, running);
      if (verdict.kind === 'wait') still.push(query);
      else this.deliver(answerOf(query, verdict, sim));
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

/** The kernel's verdict on a query now: a paused run cannot move its projection. */
function verdictOf(query: AskedQuery, sim: Simulation, running: boolean): ReadVerdict {
  return readVerdict(
    { readYourWrites: query.request.readYourWrites === true, maxWaitMs: MAX_WAIT_MS },
    {
      checkpoint: query.projection.checkpoint(),
      minPosition: query.minPosition,
      waitedMs: sim.scheduler.now() - query.since,
      canWait: running,
    },
  );
}

type Answering = Extract<ReadVerdict, { kind: 'answer' }>;

/** The answer the verdict calls for, with the note that says why it may mislead. */
function answerOf(query: AskedQuery, verdict: Answering, sim: Simulation): HostQueryAnswer {
  const waitedMs = sim.scheduler.now() - query.since;
  return answerFrom(sim, query, waitedMs, noteOf(query, verdict, waitedMs));
}

/** Stale after asking for its writes (gave up, paused), or read from a projection that is down. */
function noteOf(query: AskedQuery, verdict: Answering, waitedMs: number): string | null {
  if (verdict.stale && verdict.reason === 'gave-up') return queryMessages.gaveUp(waitedMs);
  if (verdict.stale && verdict.reason === 'cannot-wait') return queryMessages.pausedWhileStale;
  return query.projection.faults.down ? queryMessages.projectionDown(query.projection.name) : null;
}
