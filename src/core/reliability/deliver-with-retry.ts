import type { Clock } from '../time/clock';
import type { DeadLetterSink } from './dead-letter-queue';
import type { RetryPolicy } from './retry-policy';

/**
 * The port through which retries are deferred. The simulator implements it in virtual time
 * (src/sim/components/consumer/consumer-component.ts); nothing here assumes wall time.
 */
export interface Scheduler {
  /** Runs `task` once, `delayMs` of (virtual) time from now; 0 means after the work due now. */
  schedule(delayMs: number, task: () => void): void;
}

/**
 * Runs one attempt at handling `event`: `attempt` counts from 1. Throwing means the attempt
 * failed; what it returns is the delivery's result (e.g. whether a duplicate was skipped).
 */
export type AttemptHandler<E, R> = (event: E, attempt: number) => R;

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

interface SettledDelivery<E> {
  readonly event: E;
  readonly subscription: string;
  readonly attempts: number;
}

/** How a delivery ended: handled (with the handler's result) or handed to the dead letters. */
export type DeliverySettled<E, R = void> =
  | (SettledDelivery<E> & { readonly status: 'delivered'; readonly result: R })
  | (SettledDelivery<E> & { readonly status: 'dead-lettered' });

export interface RetryDeps<E extends { readonly id: string }, R = void> {
  /** Read at each failure, so a policy replaced while a retry waits decides that retry. */
  readonly policy: RetryPolicy;
  /** Runs the retries; must advance `clock` as it goes (the simulator's scheduler does). */
  readonly scheduler: Scheduler;
  readonly clock: Clock;
  readonly deadLetters: DeadLetterSink<E>;
  readonly onAttemptFailed?: (failure: AttemptFailure<E>) => void;
  readonly onSettled?: (outcome: DeliverySettled<E, R>) => void;
}

/**
 * Runs `handler` for `event` now; each failure is retried on the scheduler after the policy's
 * backoff, and a delivery that is not retryable or runs out of attempts goes to the dead
 * letters with its attempt count and first failure time.
 *
 * The delivery settles (`onSettled`) only after its last attempt, never while a retry waits:
 * a caller that takes the next event of a partition only once the previous one settled keeps
 * the partition in order through retries, as the simulator's consumer groups do.
 */
export function deliverWithRetry<E extends { readonly id: string }, R = void>(
  event: E,
  subscription: string,
  handler: AttemptHandler<E, R>,
  deps: RetryDeps<E, R>,
): void {
  let firstFailedAt: number | undefined;
  const attempt = (number: number): void => {
    let result: R;
    try {
      result = handler(event, number);
    } catch (error) {
      firstFailedAt ??= deps.clock.now();
      const { policy } = deps;
      const retryInMs = policy.shouldRetry(number, error)
        ? policy.delayBeforeAttempt(number + 1)
        : null;
      deps.onAttemptFailed?.({ event, subscription, attempt: number, error, retryInMs });
      if (retryInMs !== null) {
        deps.scheduler.schedule(retryInMs, () => attempt(number + 1));
        return;
      }
      deps.deadLetters.record({ event, subscription, error, attempts: number, firstFailedAt });
      deps.onSettled?.({ event, subscription, status: 'dead-lettered', attempts: number });
      return;
    }
    deps.onSettled?.({ event, subscription, status: 'delivered', attempts: number, result });
  };
  attempt(1);
}
