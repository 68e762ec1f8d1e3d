import { describe, expect, it } from 'vitest';
import { DeadLetterQueue } from '../../../src/core/reliability/dead-letter-queue';
import { ManualClock } from '../../../src/core/time/clock';

interface TestEvent {
  readonly id: string;
  readonly type: string;
}

const placed: TestEvent = { id: 'evt-1', type: 'order.placed' };
const paid: TestEvent = { id: 'evt-2', type: 'payment.received' };

function queueAt(time = 0) {
  const clock = new ManualClock(time);
  return { clock, dlq: new DeadLetterQueue<TestEvent>(clock) };
}

function fail(message: string) {
  return () => {
    throw new Error(message);
  };
}

describe('given an empty dead-letter queue', () => {
  it('when a failure is recorded, then the entry holds event, subscription, error message, attempts and clock times', () => {
    const { dlq } = queueAt(5000);

    dlq.record({
      event: placed,
      subscription: 'inventory',
      error: new Error('out of stock'),
      attempts: 5,
      firstFailedAt: 1000,
    });

    expect(dlq.size).toBe(1);
    expect(dlq.list()).toEqual([
      {
        event: placed,
        subscription: 'inventory',
        lastError: 'out of stock',
        attempts: 5,
        firstFailedAt: 1000,
        lastFailedAt: 5000,
      },
    ]);
  });

  it('when the same event fails for two subscriptions, then they are separate entries, oldest first', () => {
    const { dlq } = queueAt();

    dlq.record({ event: placed, subscription: 'inventory', error: 'a' });
    dlq.record({ event: placed, subscription: 'payment', error: 'b' });
    dlq.record({ event: paid, subscription: 'inventory', error: 'c' });

    expect(
      dlq.list().map((entry) => [entry.event.id, entry.subscription, entry.lastError]),
    ).toEqual([
      ['evt-1', 'inventory', 'a'],
      ['evt-1', 'payment', 'b'],
      ['evt-2', 'inventory', 'c'],
    ]);
  });
});

describe('given a parked failure', () => {
  it('when it fails again, then attempts add up, the first failure time stays and the last error updates', () => {
    const { clock, dlq } = queueAt(100);
    dlq.record({
      event: placed,
      subscription: 'inventory',
      error: new Error('first'),
      attempts: 3,
    });

    clock.advanceTo(900);
    dlq.record({ event: placed, subscription: 'inventory', error: new Error('second') });

    expect(dlq.find('evt-1', 'inventory')).toMatchObject({
      attempts: 4,
      firstFailedAt: 100,
      lastFailedAt: 900,
      lastError: 'second',
    });
    expect(dlq.size).toBe(1);
  });

  it('when a retry succeeds, then the entry leaves the queue', () => {
    const { dlq } = queueAt();
    dlq.record({ event: placed, subscription: 'inventory', error: 'down' });
    const redelivered: Array<[string, string]> = [];

    const result = dlq.retry('evt-1', 'inventory', (event, subscription) => {
      redelivered.push([event.id, subscription]);
    });

    expect(result).toBe('delivered');
    expect(redelivered).toEqual([['evt-1', 'inventory']]);
    expect(dlq.size).toBe(0);
  });

  it('when a retry fails again, then the entry stays with one more attempt, new error and time', () => {
    const { clock, dlq } = queueAt(0);
    dlq.record({ event: placed, subscription: 'inventory', error: 'down', attempts: 5 });
    clock.advanceTo(60_000);

    const result = dlq.retry('evt-1', 'inventory', fail('still down'));

    expect(result).toBe('failed');
    expect(dlq.find('evt-1', 'inventory')).toMatchObject({
      attempts: 6,
      lastError: 'still down',
      firstFailedAt: 0,
      lastFailedAt: 60_000,
    });
  });

  it('when redelivery parks the event again without throwing, then the entry stays', () => {
    const { dlq } = queueAt();
    dlq.record({ event: placed, subscription: 'inventory', error: 'down' });

    const result = dlq.retry('evt-1', 'inventory', (event, subscription) => {
      dlq.record({ event, subscription, error: 'exhausted again', attempts: 5 });
    });

    expect(result).toBe('failed');
    expect(dlq.find('evt-1', 'inventory')).toMatchObject({
      attempts: 6,
      lastError: 'exhausted again',
    });
  });

  it('when retrying an entry that is not there, then it reports not-found', () => {
    const { dlq } = queueAt();

    expect(dlq.retry('evt-9', 'inventory', () => {})).toBe('not-found');
  });

  it('when discarded, then it is gone and a second discard reports false', () => {
    const { dlq } = queueAt();
    dlq.record({ event: placed, subscription: 'inventory', error: 'down' });

    expect(dlq.discard('evt-1', 'inventory')).toBe(true);
    expect(dlq.discard('evt-1', 'inventory')).toBe(false);
    expect(dlq.size).toBe(0);
  });
});
