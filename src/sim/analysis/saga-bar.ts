import {
  type ForwardStep,
  forwardSteps,
  isCompensation,
  type SagaStep,
  type StepKind,
  stepKinds,
} from '../../core/saga/order-saga-steps';

/**
 * How a step attempt ended: `retried` is a failure the saga tried again; `pending` is an attempt
 * still awaiting its answer (start set, end null) or a step not reached yet (start null).
 */
export type BarOutcome = 'succeeded' | 'failed' | 'retried' | 'timed-out' | 'pending';

/** One attempt of one saga step on the timeline's virtual-time axis. */
export interface SagaBar {
  readonly step: SagaStep;
  /** 1-based; 0 for a step not reached yet. */
  readonly attempt: number;
  /** Virtual ms of `saga.step.started`; null for a step not reached yet. */
  readonly start: number | null;
  /** Virtual ms of the attempt's outcome; null while pending. */
  readonly end: number | null;
  /** Wait before the command went out (a retry's backoff): the bar's first `delayMs` is waiting. */
  readonly delayMs: number;
  readonly outcome: BarOutcome;
  /** A timed-out attempt the saga retried (a failed one that was retried is `retried`). */
  readonly willRetry: boolean;
  /** The step's answer came after the saga had given up on it (it was compensated anyway). */
  readonly late: boolean;
  readonly reason: string | null;
  /** An undo step (release inventory, refund payment, cancel order), as the saga marks it. */
  readonly compensation: boolean;
  /** A forward step's kind (compensatable, pivot, retriable); null for the way back. */
  readonly kind: StepKind | null;
  /** Which track to draw it on: forward steps, or the way back (compensations and reject-order). */
  readonly track: 'forward' | 'undo';
  /** For a compensation, the forward step it undoes; null otherwise (reject-order undoes none). */
  readonly linkedForwardStep: ForwardStep | null;
  /** The saga events of this attempt, for "open its events in the log". */
  readonly eventIds: readonly string[];
}

/** A bar as the builder updates it. */
export type MutableBar = { -readonly [K in keyof SagaBar]: SagaBar[K] } & { eventIds: string[] };

/** The forward step each compensation undoes. */
export const undoes: Readonly<Record<string, ForwardStep>> = {
  'release-inventory': 'reserve-inventory',
  'refund-payment': 'process-payment',
  'cancel-order': 'confirm-order',
};

/** True for the four forward steps. */
export function isForwardStep(step: string): step is ForwardStep {
  return (forwardSteps as readonly string[]).includes(step);
}

/** A new bar for a step (attempt 0 and start null make it a "not reached yet" placeholder). */
export function newBar(
  step: SagaStep,
  attempt: number,
  start: number | null,
  delayMs = 0,
): MutableBar {
  return {
    step,
    attempt,
    start,
    end: null,
    delayMs,
    outcome: 'pending',
    willRetry: false,
    late: false,
    reason: null,
    compensation: isCompensation(step),
    kind: isForwardStep(step) ? stepKinds[step] : null,
    track: isForwardStep(step) ? 'forward' : 'undo',
    linkedForwardStep: undoes[step] ?? null,
    eventIds: [],
  };
}

/** True for an attempt that ended without success: what the "failed" filter looks for. */
export function isFailure(bar: SagaBar): boolean {
  return bar.outcome === 'failed' || bar.outcome === 'retried' || bar.outcome === 'timed-out';
}
