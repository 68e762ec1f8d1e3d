import type { EventHandler } from '../bus/subscription';
import type { Clock } from '../time/clock';
import type { DeadLetterQueue } from './dead-letter-queue';
import type { RetryPolicy } from './retry-policy';

/**
 * The port through which retries are deferred. The simulator's discrete-event scheduler would
 * implement it in virtual time; nothing here assumes wall time.
 */
export interface Scheduler {
  /** Runs `task` once, `delayMs` of (virtual) time from now; 0 means after the work due now. */
  schedule(delayMs: number, task: () => void): void;
}

/** One failed attempt, reported so retries are visible (log, metrics, timeline). */
export interface AttemptFailure<E> {
  readonly event: E;
  readonly subscription: string;
  /** 1-based number of the attempt that failed. */
  readonly attempt: number;
  readonly error: unknown;
  /** Delay before the next attempt, or null when the event goes to the dead-letter queue. */
  readonly retryInMs: number | null;
}

export interface DeliverySettled<E> {
  readonly event: E;
  readonly subscription: string;
  readonly status: 'delivered' | 'dead-lettered';
  readonly attempts: number;
}

export interface RetryDeps<E extends { readonly id: string }> {
  readonly policy: RetryPolicy;
  /** Runs the retries; must advance `clock` as it goes (the simulator's scheduler does). */
  readonly scheduler: Scheduler;
  readonly clock: Clock;
  readonly deadLetters: DeadLetterQueue<E>;
  readonly onAttemptFailed?: (failure: AttemptFailure<E>) => void;
  readonly onSettled?: (outcome: DeliverySettled<E>) => void;
}

/**
 * Runs `handler` for `event` now; each failure is retried on the scheduler after the policy's
 * backoff, and a delivery that is not retryable or runs out of attempts goes to the
 * dead-letter queue with its attempt count and first failure time.
 */
export function deliverWithRetry<E extends { readonly id: string }>(
  event: E,
  subscription: string,
  handler: EventHandler<E>,
  deps: RetryDeps<E>,
): void {
  let firstFailedAt: number | undefined;
  const attempt = (number: number): void => {
    try {
      handler(event);
    } catch (error) {
      firstFailedAt ??= deps.clock.now();
      const retry = deps.policy.shouldRetry(number, error);
      const retryInMs = retry ? deps.policy.delayBeforeAttempt(number + 1) : null;
      deps.onAttemptFailed?.({ event, subscription, attempt: number, error, retryInMs });
      if (retryInMs !== null) {
        deps.scheduler.schedule(retryInMs, () => attempt(number + 1));
        return;
      }
      deps.deadLetters.record({ event, subscription, error, attempts: number, firstFailedAt });
      deps.onSettled?.({ event, subscription, status: 'dead-lettered', attempts: number });
      return;
    }
    deps.onSettled?.({ event, subscription, status: 'delivered', attempts: number });
  };
  attempt(1);
}

/** Wraps a bus handler so every event it receives is delivered with retries and dead-lettering. */
export function withRetry<E extends { readonly id: string }>(
  subscription: string,
  handler: EventHandler<E>,
  deps: RetryDeps<E>,
): EventHandler<E> {
  return (event) => deliverWithRetry(event, subscription, handler, deps);
}
