import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../src/core/bus/event-bus';
import { IdempotentHandler } from '../../../src/core/reliability/idempotent-handler';
import { InMemoryProcessedIds } from '../../../src/core/reliability/processed-ids';
import { sampleEvent } from '../bus/sample-events';

interface TestEvent {
  readonly id: string;
}

describe('given an idempotent handler', () => {
  it('when the same event is delivered three times, then it runs once and the other two are duplicates', () => {
    const seen: string[] = [];
    const idempotent = new IdempotentHandler<TestEvent>((event) => seen.push(event.id));

    const outcomes = [1, 2, 3].map(() => idempotent.handle({ id: 'evt-1' }));

    expect(outcomes).toEqual(['handled', 'duplicate', 'duplicate']);
    expect(seen).toEqual(['evt-1']);
  });

  it('when asked before a delivery, then it says whether that delivery would be skipped, running nothing', () => {
    const seen: string[] = [];
    const idempotent = new IdempotentHandler<TestEvent>((event) => seen.push(event.id));

    const before = idempotent.skips({ id: 'evt-1' });
    idempotent.handle({ id: 'evt-1' });

    expect([before, idempotent.skips({ id: 'evt-1' })]).toEqual([false, true]);
    expect(seen).toEqual(['evt-1']);
  });

  it('when the handler throws, then the id is not remembered and a redelivery runs it again', () => {
    let failNext = true;
    const idempotent = new IdempotentHandler<TestEvent>(() => {
      if (failNext) {
        failNext = false;
        throw new Error('crash before commit');
      }
    });

    expect(() => idempotent.handle({ id: 'evt-1' })).toThrow('crash before commit');
    expect(idempotent.handle({ id: 'evt-1' })).toBe('handled');
  });

  it('when subscribed to a bus that delivers a duplicate, then the duplicate is skipped', () => {
    const bus = new EventBus();
    const handled: string[] = [];
    const idempotent = new IdempotentHandler((event: { id: string }) => handled.push(event.id));
    bus.subscribe('order.*', idempotent.handle);
    const event = sampleEvent('order.placed');

    bus.publish(event);
    bus.publish(event);

    expect(handled).toEqual([event.id]);
  });

  it('when given a shared processed-id set, then a second handler instance sees the first one’s ids', () => {
    const processed = new InMemoryProcessedIds();
    new IdempotentHandler<TestEvent>(() => {}, processed).handle({ id: 'evt-1' });
    const restarted = new IdempotentHandler<TestEvent>(() => {}, processed);

    expect(restarted.handle({ id: 'evt-1' })).toBe('duplicate');
  });
});

describe('given a handler that does not skip duplicates (a consumer that is not idempotent)', () => {
  it('when an event is delivered twice, then the handler runs twice, told the second is a repeat', () => {
    const runs: Array<[string, boolean]> = [];
    const naive = new IdempotentHandler<TestEvent>(
      (event, repeat) => runs.push([event.id, repeat]),
      new InMemoryProcessedIds(),
      () => false,
    );

    const outcomes = [naive.handle({ id: 'evt-1' }), naive.handle({ id: 'evt-1' })];

    expect(outcomes).toEqual(['handled', 'repeated']);
    expect(runs).toEqual([
      ['evt-1', false],
      ['evt-1', true],
    ]);
    expect(naive.skips({ id: 'evt-1' })).toBe(false);
  });

  it('when switched to skipping, then the ids it handled before are caught as duplicates', () => {
    let skipDuplicates = false;
    const handler = new IdempotentHandler<TestEvent>(
      () => {},
      new InMemoryProcessedIds(),
      () => skipDuplicates,
    );
    handler.handle({ id: 'evt-1' });

    skipDuplicates = true;

    expect(handler.handle({ id: 'evt-1' })).toBe('duplicate');
  });
});

describe('given a bounded processed-id set', () => {
  it('when more ids than its capacity are added, then the oldest is forgotten first', () => {
    const processed = new InMemoryProcessedIds(2);

    for (const id of ['a', 'b', 'c']) processed.add(id);

    expect([processed.has('a'), processed.has('b'), processed.has('c')]).toEqual([
      false,
      true,
      true,
    ]);
    expect(processed.size).toBe(2);
  });

  it('when built with a capacity below 1, then it is refused', () => {
    expect(() => new InMemoryProcessedIds(0)).toThrow('capacity must be >= 1');
  });
});

describe('given the default processed-id set', () => {
  it('when many ids are added, then it keeps them all', () => {
    const processed = new InMemoryProcessedIds();

    for (let i = 0; i < 10_000; i++) processed.add(`evt-${i}`);

    expect(processed.size).toBe(10_000);
    expect(processed.has('evt-0')).toBe(true);
  });
});
