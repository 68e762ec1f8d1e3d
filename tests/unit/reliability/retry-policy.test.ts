import { describe, expect, it } from 'vitest';
import { ConcurrencyError } from '../../../src/core/errors/errors';
import { RetryPolicy } from '../../../src/core/reliability/retry-policy';

class ValidationFailed extends Error {
  override name = 'ValidationFailed';
}

describe('given the default retry policy', () => {
  const policy = new RetryPolicy();

  it('when asked for its settings, then they are Temporal-like with 5 attempts', () => {
    expect(policy).toMatchObject({
      initialIntervalMs: 1000,
      backoffCoefficient: 2,
      maximumIntervalMs: 100_000,
      maximumAttempts: 5,
      jitter: 0,
    });
  });

  it('when asked for delays, then the first attempt is immediate and retries double up to the 100 s cap', () => {
    const delays = Array.from({ length: 10 }, (_, i) => policy.delayBeforeAttempt(i + 1));

    expect(delays).toEqual([0, 1000, 2000, 4000, 8000, 16_000, 32_000, 64_000, 100_000, 100_000]);
    expect(policy.delayBeforeAttempt(2000)).toBe(100_000);
  });

  it('when attempts fail, then it retries after attempts 1-4 and gives up after the 5th', () => {
    const error = new Error('timeout');

    expect([1, 2, 3, 4, 5, 6].map((n) => policy.shouldRetry(n, error))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('when the attempt number is not a positive integer, then it is refused', () => {
    expect(() => policy.delayBeforeAttempt(0)).toThrow('Attempt numbers start at 1, got 0');
    expect(() => policy.delayBeforeAttempt(1.5)).toThrow(RangeError);
  });
});

describe('given a policy with unlimited attempts and non-retryable error types', () => {
  const policy = new RetryPolicy({
    maximumAttempts: 0,
    nonRetryableErrorTypes: ['ValidationFailed', 'concurrency'],
  });

  it('when an ordinary error keeps happening, then it always retries', () => {
    expect(policy.shouldRetry(1_000_000, new Error('flaky'))).toBe(true);
  });

  it('when an error is listed by name or by Eventfold code, then it never retries', () => {
    expect(policy.shouldRetry(1, new ValidationFailed('bad order'))).toBe(false);
    expect(policy.shouldRetry(1, new ConcurrencyError('order-1', 3, 4))).toBe(false);
  });
});

describe('given custom intervals', () => {
  it('when the coefficient is 3 and the cap 5 s, then delays are 500, 1500, 4500, 5000', () => {
    const policy = new RetryPolicy({
      initialIntervalMs: 500,
      backoffCoefficient: 3,
      maximumIntervalMs: 5000,
    });

    expect([2, 3, 4, 5].map((n) => policy.delayBeforeAttempt(n))).toEqual([500, 1500, 4500, 5000]);
  });
});

describe('given jitter with an injected random source', () => {
  it('when random returns r, then the delay is backoff x (1 - jitter x r), never above the backoff', () => {
    const draws = [0, 0.5, 0.999];
    const policy = new RetryPolicy({ jitter: 0.5, random: () => draws.shift() ?? 0 });

    expect(policy.delayBeforeAttempt(3)).toBe(2000);
    expect(policy.delayBeforeAttempt(3)).toBe(1500);
    expect(policy.delayBeforeAttempt(3)).toBeCloseTo(1001, 5);
  });

  it('when the random source leaves [0, 1), then the policy says so instead of misbehaving', () => {
    const policy = new RetryPolicy({ jitter: 0.2, random: () => 1 });

    expect(() => policy.delayBeforeAttempt(2)).toThrow('random() in [0, 1), got 1');
  });
});

describe('given invalid options', () => {
  it.each([
    [{ initialIntervalMs: 0 }, 'initialIntervalMs must be > 0'],
    [{ backoffCoefficient: 0.5 }, 'backoffCoefficient must be >= 1'],
    [
      { initialIntervalMs: 1000, maximumIntervalMs: 10 },
      'maximumIntervalMs must be >= initialIntervalMs',
    ],
    [{ maximumAttempts: -1 }, 'maximumAttempts must be an integer >= 0'],
    [{ jitter: 2, random: () => 0 }, 'jitter must be within 0..1'],
    [{ jitter: 0.1 }, 'jitter needs an injected random function'],
  ])('when built with %o, then it is refused: %s', (options, message) => {
    expect(() => new RetryPolicy(options)).toThrow(message);
  });
});
