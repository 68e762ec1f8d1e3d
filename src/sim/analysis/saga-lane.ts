import type { StoredEvent } from '../../core/messages/event';
import { type ForwardStep, forwardSteps, type SagaStep } from '../../core/saga/order-saga-steps';
import { isForwardStep, type MutableBar, newBar, type SagaBar } from './saga-bar';

/** Where a saga instance is; `compensating` is running its way back. */
export type LaneStatus = 'running' | 'compensating' | 'completed' | 'compensated' | 'stuck';

/** One saga instance on the timeline: a read-only view, replaced (not mutated) when it changes. */
export interface SagaLane {
  readonly orderId: string;
  readonly streamId: string;
  readonly status: LaneStatus;
  readonly startedAt: number;
  /** When it completed, compensated or got stuck; null while it runs. */
  readonly endedAt: number | null;
  readonly failedStep: ForwardStep | null;
  readonly failureReason: string | null;
  /** Why it is stuck: a compensation kept failing. */
  readonly stuckReason: string | null;
  /** True once any attempt failed or timed out, retried or not. */
  readonly hasFailure: boolean;
  /** Attempts that failed or timed out and were tried again (dropped bars included). */
  readonly retries: number;
  /** Attempts in start order, then steps not reached yet (start null). */
  readonly bars: readonly SagaBar[];
  /** Retried attempts dropped to keep the lane bounded (the oldest go first). */
  readonly droppedBars: number;
  /** Position of the last saga event applied. */
  readonly lastPosition: number;
}

type StepData = { step: SagaStep; attempt: number };

const terminalStatus: Readonly<Record<string, LaneStatus>> = {
  'saga.completed': 'completed',
  'saga.compensated': 'compensated',
  'saga.stuck': 'stuck',
};

/** The mutable state behind a lane; `apply` folds one saga event of its stream. */
export class LaneState {
  status: LaneStatus = 'running';
  endedAt: number | null = null;
  failedStep: ForwardStep | null = null;
  failureReason: string | null = null;
  stuckReason: string | null = null;
  hasFailure = false;
  retries = 0;
  droppedBars = 0;
  lastPosition = 0;
  private readonly bars: MutableBar[] = [];
  /** Undo steps announced but not started yet (as the saga's own state keeps them). */
  private queue: readonly SagaStep[] = [];
  private furthestForward = -1;
  private cached: SagaLane | null = null;

  constructor(
    readonly orderId: string,
    readonly streamId: string,
    public startedAt: number,
    private readonly maxBars: number,
  ) {}

  get finished(): boolean {
    return this.status === 'completed' || this.status === 'compensated' || this.status === 'stuck';
  }

  /** Folds one event of the lane's stream; returns whether the lane changed. */
  apply(event: StoredEvent): boolean {
    const data = event.data as Record<string, unknown>;
    switch (event.type) {
      case 'saga.started':
        this.startedAt = Math.min(this.startedAt, event.time);
        break;
      case 'saga.step.started':
        this.start(event, data as StepData & { delayMs?: number });
        break;
      case 'saga.step.succeeded': {
        const { step, attempt } = data as StepData;
        const late = data.late === true;
        // A late success answers an attempt given up on: it is that step's newest attempt.
        const found = late ? this.newest(step) : this.attemptOf(step, attempt);
        const bar = found ?? this.orphan(step, attempt);
        this.end(bar, event, 'succeeded');
        bar.late = late;
        break;
      }
      case 'saga.step.failed':
      case 'saga.step.timed-out': {
        const { step, attempt } = data as StepData;
        const bar = this.attemptOf(step, attempt) ?? this.orphan(step, attempt);
        const willRetry = data.willRetry === true;
        const timedOut = event.type === 'saga.step.timed-out';
        this.end(bar, event, timedOut ? 'timed-out' : willRetry ? 'retried' : 'failed');
        bar.willRetry = willRetry;
        bar.reason = timedOut ? 'timed out' : String(data.reason ?? 'failed');
        this.hasFailure = true;
        if (willRetry) this.retries += 1;
        break;
      }
      case 'saga.compensation.required':
        this.status = 'compensating';
        this.failedStep = (data.failedStep as ForwardStep | undefined) ?? null;
        this.failureReason = typeof data.reason === 'string' ? data.reason : null;
        this.queue = Array.isArray(data.steps) ? (data.steps as SagaStep[]) : [];
        break;
      case 'saga.completed':
      case 'saga.compensated':
      case 'saga.stuck':
        this.status = terminalStatus[event.type] ?? 'stuck';
        this.endedAt = event.time;
        if (event.type === 'saga.stuck') this.stuckReason = String(data.reason ?? 'stuck');
        break;
      default:
        return false;
    }
    this.lastPosition = event.position;
    this.cached = null;
    return true;
  }

  /** The lane as of the last event; the same object until the lane changes again. */
  view(): SagaLane {
    this.cached ??= {
      orderId: this.orderId,
      streamId: this.streamId,
      status: this.status,
      startedAt: this.startedAt,
      endedAt: this.endedAt,
      failedStep: this.failedStep,
      failureReason: this.failureReason,
      stuckReason: this.stuckReason,
      hasFailure: this.hasFailure,
      retries: this.retries,
      bars: [
        ...this.bars.map((bar) => ({ ...bar, eventIds: [...bar.eventIds] })),
        ...this.notReached(),
      ],
      droppedBars: this.droppedBars,
      lastPosition: this.lastPosition,
    };
    return this.cached;
  }

  private start(event: StoredEvent, data: StepData & { delayMs?: number }): void {
    const bar = newBar(data.step, data.attempt, event.time, data.delayMs ?? 0);
    bar.eventIds.push(event.id);
    this.bars.push(bar);
    if (this.queue[0] === data.step) this.queue = this.queue.slice(1);
    this.reached(data.step);
    if (this.bars.length > this.maxBars) this.dropOldestRetry();
  }

  private end(bar: MutableBar, event: StoredEvent, outcome: SagaBar['outcome']): void {
    bar.outcome = outcome;
    bar.end = event.time;
    bar.eventIds.push(event.id);
  }

  private attemptOf(step: SagaStep, attempt: number): MutableBar | undefined {
    return this.bars.findLast((bar) => bar.step === step && bar.attempt === attempt);
  }

  private newest(step: SagaStep): MutableBar | undefined {
    return this.bars.findLast((bar) => bar.step === step);
  }

  /** A bar for an answer whose start this builder never saw (it was fed from the middle). */
  private orphan(step: SagaStep, attempt: number): MutableBar {
    const bar = newBar(step, attempt, null);
    this.bars.push(bar);
    this.reached(step);
    return bar;
  }

  private reached(step: SagaStep): void {
    if (!isForwardStep(step)) return;
    this.furthestForward = Math.max(this.furthestForward, forwardSteps.indexOf(step));
  }

  /** Retried attempts carry the least: dropping the oldest keeps every final outcome. */
  private dropOldestRetry(): void {
    const index = this.bars.findIndex(
      (bar) => bar.outcome === 'retried' || (bar.outcome === 'timed-out' && bar.willRetry),
    );
    if (index === -1) return;
    this.bars.splice(index, 1);
    this.droppedBars += 1;
  }

  private notReached(): SagaBar[] {
    if (this.status === 'running') {
      return forwardSteps.slice(this.furthestForward + 1).map((step) => newBar(step, 0, null));
    }
    if (this.status === 'compensating') return this.queue.map((step) => newBar(step, 0, null));
    return [];
  }
}
