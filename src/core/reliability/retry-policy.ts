import { errorTypeNames } from './describe-error';

export interface RetryPolicyOptions {
  /** Delay before the first retry (attempt 2). Default 1000 ms. */
  readonly initialIntervalMs?: number;
  /** Each further retry waits this many times longer. Default 2. */
  readonly backoffCoefficient?: number;
  /** Cap on any delay. Default 100 x initialIntervalMs. */
  readonly maximumIntervalMs?: number;
  /** Total attempts, the first included; 0 = unlimited. Default 5. */
  readonly maximumAttempts?: number;
  /** Fraction (0..1) of each delay that is randomised; 0 (default) = no jitter. */
  readonly jitter?: number;
  /** Source of jitter in [0, 1): injected (a seeded Random), never Math.random. */
  readonly random?: () => number;
  /** Errors whose `name` or `code` is listed are never retried. */
  readonly nonRetryableErrorTypes?: readonly string[];
}

/**
 * Exponential backoff with Temporal's defaults (1 s, x2, capped at 100x). Temporal's own default
 * is unlimited attempts; a simulator wants failures to reach the dead-letter queue in view, so
 * the default here is 5 attempts.
 */
export class RetryPolicy {
  readonly initialIntervalMs: number;
  readonly backoffCoefficient: number;
  readonly maximumIntervalMs: number;
  readonly maximumAttempts: number;
  readonly jitter: number;
  private readonly random: (() => number) | undefined;
  private readonly nonRetryable: ReadonlySet<string>;

  constructor(options: RetryPolicyOptions = {}) {
    this.initialIntervalMs = options.initialIntervalMs ?? 1000;
    this.backoffCoefficient = options.backoffCoefficient ?? 2;
    this.maximumIntervalMs = options.maximumIntervalMs ?? 100 * this.initialIntervalMs;
    this.maximumAttempts = options.maximumAttempts ?? 5;
    this.jitter = options.jitter ?? 0;
    this.random = options.random;
    this.nonRetryable = new Set(options.nonRetryableErrorTypes ?? []);
    this.validate();
  }

  /**
   * Virtual ms to wait before attempt `attempt` (1-based; the first attempt is immediate):
   * initial x coefficient^(attempt-2), capped. With jitter j the delay is drawn from
   * [delay x (1 - j), delay], so it never exceeds the backoff nor the cap.
   */
  delayBeforeAttempt(attempt: number): number {
    if (!Number.isInteger(attempt) || attempt < 1) {
      throw new RangeError(`Attempt numbers start at 1, got ${attempt}`);
    }
    if (attempt === 1) return 0;
    const backoff = this.initialIntervalMs * this.backoffCoefficient ** (attempt - 2);
    const capped = Math.min(backoff, this.maximumIntervalMs);
    return this.jitter === 0 ? capped : capped * (1 - this.jitter * this.draw());
  }

  /** Whether to try again after `attemptsMade` attempts, the last of which failed with `error`. */
  shouldRetry(attemptsMade: number, error: unknown): boolean {
    if (!this.isRetryable(error)) return false;
    return this.maximumAttempts === 0 || attemptsMade < this.maximumAttempts;
  }

  /** False for errors whose type is listed as non-retryable. */
  isRetryable(error: unknown): boolean {
    return !errorTypeNames(error).some((name) => this.nonRetryable.has(name));
  }

  private draw(): number {
    const value = this.random!();
    if (!(value >= 0 && value < 1)) {
      throw new RangeError(`Retry jitter needs random() in [0, 1), got ${value}`);
    }
    return value;
  }

  private validate(): void {
    const problems: string[] = [];
    if (!(this.initialIntervalMs > 0)) problems.push('initialIntervalMs must be > 0');
    if (!(this.backoffCoefficient >= 1)) problems.push('backoffCoefficient must be >= 1');
    if (!(this.maximumIntervalMs >= this.initialIntervalMs)) {
      problems.push('maximumIntervalMs must be >= initialIntervalMs');
    }
    if (!Number.isInteger(this.maximumAttempts) || this.maximumAttempts < 0) {
      problems.push('maximumAttempts must be an integer >= 0 (0 = unlimited)');
    }
    if (!(this.jitter >= 0 && this.jitter <= 1)) problems.push('jitter must be within 0..1');
    if (this.jitter > 0 && this.random === undefined) {
      problems.push('jitter needs an injected random function');
    }
    if (problems.length > 0) throw new RangeError(`Invalid retry policy: ${problems.join('; ')}`);
  }
}
