import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../src/core/bus/event-bus';
import { DeadLetterQueue } from '../../../src/core/reliability/dead-letter-queue';
import {
  type AttemptFailure,
  type DeliverySettled,
  deliverWithRetry,
  withRetry,
} from '../../../src/core/reliability/deliver-with-retry';
import { RetryPolicy } from '../../../src/core/reliability/retry-policy';
import { sampleEvent } from '../bus/sample-events';
import { ManualScheduler } from './manual-scheduler';

interface TestEvent {
  readonly id: string;
  readonly type: string;
}

const event: TestEvent = { id: 'evt-1', type: 'order.placed' };

function setup(policy = new RetryPolicy()) {
  const scheduler = new ManualScheduler();
  const deadLetters = new DeadLetterQueue<TestEvent>(scheduler.clock);
  const failures: AttemptFailure<TestEvent>[] = [];
  const settled: DeliverySettled<TestEvent>[] = [];
  const deps = {
    policy,
    scheduler,
    clock: scheduler.clock,
    deadLetters,
    onAttemptFailed: (failure: AttemptFailure<TestEvent>) => failures.push(failure),
    onSettled: (outcome: DeliverySettled<TestEvent>) => settled.push(outcome),
  };
  return { scheduler, deadLetters, failures, settled, deps };
}

/** A handler that fails its first `failures` calls and records the virtual time of each call. */
function flaky(scheduler: ManualScheduler, failures: number) {
  const calledAt: number[] = [];
  const handler = () => {
    calledAt.push(scheduler.clock.now());
    if (calledAt.length <= failures) throw new Error(`failure #${calledAt.length}`);
  };
  return { calledAt, handler };
}

describe('given the default policy and a handler that fails twice', () => {
  it('when delivered, then attempts happen at 0, 1000 and 3000 ms and the delivery succeeds', () => {
    const { scheduler, deadLetters, failures, settled, deps } = setup();
    const { calledAt, handler } = flaky(scheduler, 2);

    deliverWithRetry(event, 'inventory', handler, deps);
    scheduler.runAll();

    expect(calledAt).toEqual([0, 1000, 3000]);
    expect(failures.map((f) => [f.attempt, f.retryInMs])).toEqual([
      [1, 1000],
      [2, 2000],
    ]);
    expect(settled).toEqual([
      { event, subscription: 'inventory', status: 'delivered', attempts: 3 },
    ]);
    expect(deadLetters.size).toBe(0);
  });
});

describe('given the default policy and a handler that always fails', () => {
  it('when delivered, then 5 attempts run at 0, 1, 3, 7, 15 s and the event is dead-lettered with their record', () => {
    const { scheduler, deadLetters, failures, settled, deps } = setup();
    const { calledAt, handler } = flaky(scheduler, Number.POSITIVE_INFINITY);

    deliverWithRetry(event, 'inventory', handler, deps);
    expect(calledAt).toEqual([0]); // the first attempt is immediate; retries wait for the scheduler
    scheduler.runAll();

    expect(calledAt).toEqual([0, 1000, 3000, 7000, 15_000]);
    expect(failures.at(-1)).toMatchObject({ attempt: 5, retryInMs: null });
    expect(settled).toEqual([
      { event, subscription: 'inventory', status: 'dead-lettered', attempts: 5 },
    ]);
    expect(deadLetters.list()).toEqual([
      {
        event,
        subscription: 'inventory',
        lastError: 'failure #5',
        attempts: 5,
        firstFailedAt: 0,
        lastFailedAt: 15_000,
      },
    ]);
  });
});

describe('given a non-retryable error', () => {
  it('when the first attempt throws it, then the event goes to the DLQ at once without retries', () => {
    const { scheduler, deadLetters, deps } = setup(
      new RetryPolicy({ nonRetryableErrorTypes: ['TypeError'] }),
    );
    let calls = 0;

    deliverWithRetry(
      event,
      'inventory',
      () => {
        calls += 1;
        throw new TypeError('bad payload');
      },
      deps,
    );

    expect(scheduler.pending).toBe(0);
    expect(calls).toBe(1);
    expect(deadLetters.find('evt-1', 'inventory')).toMatchObject({
      attempts: 1,
      lastError: 'bad payload',
    });
  });
});

describe('given a retrying subscriber on a bus', () => {
  it('when its handler fails once, then the bus reports nothing and the retry delivers 1 s later', () => {
    const { scheduler, deadLetters, deps } = setup();
    const bus = new EventBus<TestEvent>();
    const { calledAt, handler } = flaky(scheduler, 1);
    bus.subscribe('order.*', withRetry('inventory', handler, deps));

    bus.publish(sampleEvent('order.placed'));
    scheduler.runAll();

    expect(calledAt).toEqual([0, 1000]);
    expect(bus.takeHandlerFailures()).toEqual([]);
    expect(deadLetters.size).toBe(0);
  });

  it('when a dead-lettered event is redriven after the outage, then it is delivered and leaves the DLQ', () => {
    const { scheduler, deadLetters, deps } = setup(new RetryPolicy({ maximumAttempts: 2 }));
    let outage = true;
    const delivered: string[] = [];
    const handler = (e: TestEvent) => {
      if (outage) throw new Error('payment down');
      delivered.push(e.id);
    };

    deliverWithRetry(event, 'payment', handler, deps);
    scheduler.runAll();
    expect(deadLetters.size).toBe(1);

    outage = false;
    expect(deadLetters.retryAll((e) => handler(e))).toEqual({ delivered: 1, failed: 0 });
    expect(delivered).toEqual(['evt-1']);
    expect(deadLetters.size).toBe(0);
  });
});
