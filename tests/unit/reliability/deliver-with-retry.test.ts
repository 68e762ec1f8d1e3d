import { describe, expect, it } from 'vitest';
import {
  DeadLetterQueue,
  type DeadLetterSink,
  type FailureRecord,
} from '../../../src/core/reliability/dead-letter-queue';
import {
  type AttemptFailure,
  type DeliverySettled,
  deliverWithRetry,
} from '../../../src/core/reliability/deliver-with-retry';
import { RetryPolicy } from '../../../src/core/reliability/retry-policy';
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
    expect(settled).toStrictEqual([
      { event, subscription: 'inventory', status: 'delivered', attempts: 3, result: undefined },
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

describe('given an event dead-lettered after an outage', () => {
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
    expect(deadLetters.retry('evt-1', 'payment', (e) => handler(e))).toBe('delivered');
    expect(delivered).toEqual(['evt-1']);
    expect(deadLetters.size).toBe(0);
  });
});

describe('given a handler that returns a result and reads its attempt number', () => {
  it('when its second attempt succeeds, then it saw attempts 1 and 2 and the result is settled', () => {
    const { scheduler, deps } = setup();
    const settled: DeliverySettled<TestEvent, string>[] = [];
    const seen: number[] = [];

    deliverWithRetry(
      event,
      'inventory',
      (_e, attempt) => {
        seen.push(attempt);
        if (attempt === 1) throw new Error('not yet');
        return `done on attempt ${attempt}`;
      },
      { ...deps, onSettled: (outcome) => settled.push(outcome) },
    );
    scheduler.runAll();

    expect(seen).toEqual([1, 2]);
    expect(settled).toEqual([
      {
        event,
        subscription: 'inventory',
        status: 'delivered',
        attempts: 2,
        result: 'done on attempt 2',
      },
    ]);
  });
});

describe('given a caller that takes the next event of a partition only once the previous settled', () => {
  it('when the first event fails once, then the second is handled after the first retry, in order', () => {
    const { scheduler, deps } = setup();
    const partition: TestEvent[] = [event, { id: 'evt-2', type: 'order.placed' }];
    const handled: Array<[string, number]> = [];
    let failFirst = true;
    const handler = (e: TestEvent) => {
      if (e.id === 'evt-1' && failFirst) {
        failFirst = false;
        throw new Error('flaky');
      }
      handled.push([e.id, scheduler.clock.now()]);
    };
    const deliverNext = (): void => {
      const next = partition.shift();
      if (next === undefined) return;
      deliverWithRetry(next, 'inventory', handler, { ...deps, onSettled: deliverNext });
    };

    deliverNext();
    scheduler.runAll();

    expect(handled).toEqual([
      ['evt-1', 1000],
      ['evt-2', 1000],
    ]);
  });
});

describe('given a policy that is replaced while a retry waits', () => {
  it('when the retry fails, then the new policy decides: no more attempts, dead-lettered after 2', () => {
    const { scheduler, deadLetters, failures, deps } = setup();
    let policy = new RetryPolicy({ maximumAttempts: 5 });
    const live = {
      ...deps,
      get policy() {
        return policy;
      },
    };
    const { handler } = flaky(scheduler, Number.POSITIVE_INFINITY);

    deliverWithRetry(event, 'inventory', handler, live);
    policy = new RetryPolicy({ maximumAttempts: 2 });
    scheduler.runAll();

    expect(failures.map((f) => [f.attempt, f.retryInMs])).toEqual([
      [1, 1000],
      [2, null],
    ]);
    expect(deadLetters.find('evt-1', 'inventory')?.attempts).toBe(2);
  });
});

describe('given a dead-letter sink that is not the kernel queue (an engine routing it on)', () => {
  it('when the attempts run out, then the sink gets the event, the attempts and the first failure time', () => {
    const { scheduler, deps } = setup(new RetryPolicy({ maximumAttempts: 3 }));
    const handedOff: Required<FailureRecord<TestEvent>>[] = [];
    const sink: DeadLetterSink<TestEvent> = { record: (failure) => handedOff.push(failure) };
    scheduler.clock.advanceTo(500);

    deliverWithRetry(
      event,
      'shipping',
      () => {
        throw new Error('down');
      },
      { ...deps, deadLetters: sink },
    );
    scheduler.runAll();

    expect(handedOff).toHaveLength(1);
    expect(handedOff[0]).toMatchObject({
      event,
      subscription: 'shipping',
      attempts: 3,
      firstFailedAt: 500,
    });
    expect(scheduler.clock.now()).toBe(3500);
  });
});
