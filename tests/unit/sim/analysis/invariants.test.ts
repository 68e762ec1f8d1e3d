import { describe, expect, it } from 'vitest';
import { InvariantChecker } from '../../../../src/sim/analysis/invariants';
import { runExample } from './example-run';
import { LogBuilder } from './log-builder';

describe('given a non-idempotent consumer that applied a duplicate', () => {
  it('when the log is checked, then one warning names the consumer and both events', () => {
    const log = new LogBuilder();
    const placed = log.add('order.placed', 'order-o-1', { orderId: 'o-1' });
    const duplicate = log.add(
      'system.duplicate.applied',
      'system-analytics',
      { componentId: 'analytics', eventId: placed.id, consumerId: 'analytics' },
      { source: 'analytics', causationId: placed.id },
    );
    const checker = new InvariantChecker();
    expect(checker.add(placed)).toEqual([]);
    const [warning] = checker.add(duplicate);
    expect(warning).toMatchObject({
      kind: 'duplicate-applied',
      eventIds: [duplicate.id, placed.id],
      componentIds: ['analytics'],
      position: duplicate.position,
    });
    expect(warning?.message).toMatch(/analytics applied event e1 again: it is not idempotent/);
    expect(checker.counts()['duplicate-applied']).toBe(1);
  });
});

describe('given a saga stream', () => {
  const saga = (log: LogBuilder, type: string, data: object) =>
    log.add(type, 'saga-o-1', data, { source: 'saga' });

  it('when a compensation starts for a step that never succeeded, then it is flagged once', () => {
    const log = new LogBuilder();
    saga(log, 'saga.started', { orderId: 'o-1' });
    saga(log, 'saga.step.started', { step: 'reserve-inventory', attempt: 1 });
    saga(log, 'saga.step.succeeded', { step: 'reserve-inventory', attempt: 1 });
    saga(log, 'saga.step.started', { step: 'release-inventory', attempt: 1 });
    const bad = saga(log, 'saga.step.started', { step: 'refund-payment', attempt: 1 });
    saga(log, 'saga.step.started', { step: 'refund-payment', attempt: 2 });
    saga(log, 'saga.step.started', { step: 'reject-order', attempt: 1 });
    const checker = new InvariantChecker();
    const found = checker.addAll(log.events);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'compensation-without-forward',
      eventIds: [bad.id],
      componentIds: ['saga'],
    });
    expect(found[0]?.message).toMatch(
      /refund-payment .* but process-payment, the step it undoes, never succeeded/,
    );
  });

  it('when a late success precedes the compensation, then nothing is flagged', () => {
    const log = new LogBuilder();
    saga(log, 'saga.started', { orderId: 'o-1' });
    saga(log, 'saga.step.timed-out', { step: 'reserve-inventory', attempt: 1, willRetry: false });
    saga(log, 'saga.step.succeeded', { step: 'reserve-inventory', attempt: 1, late: true });
    saga(log, 'saga.step.started', { step: 'release-inventory', attempt: 1 });
    expect(new InvariantChecker().addAll(log.events)).toEqual([]);
  });

  it('when the stream was not seen from its start, then it is not judged', () => {
    const log = new LogBuilder();
    saga(log, 'saga.step.started', { step: 'release-inventory', attempt: 1 });
    expect(new InvariantChecker().addAll(log.events)).toEqual([]);
  });
});

describe('given a component reacting to the events of an order stream', () => {
  function reactions(order: number[]) {
    const log = new LogBuilder();
    const stream = [1, 2, 3].map((n) => log.add(`order.step${n}`, 'order-o-1', { orderId: 'o-1' }));
    for (const version of order) {
      const cause = stream[version - 1]!;
      log.add('saga.step.succeeded', 'saga-o-1', {}, { source: 'saga', causationId: cause.id });
    }
    return log.events;
  }

  it('when its reactions follow the stream versions (repeats allowed), then nothing is flagged', () => {
    expect(new InvariantChecker().addAll(reactions([1, 1, 2, 3, 3]))).toEqual([]);
  });

  it('when it reacts to v2 after v3, then an order violation names both causes and the component', () => {
    const events = reactions([1, 3, 2, 3]);
    const found = new InvariantChecker().addAll(events);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'order-violated',
      eventIds: ['e6', 'e2', 'e5', 'e3'],
      componentIds: ['saga'],
    });
    expect(found[0]?.message).toMatch(
      /saga reacted to order-o-1 v2 \(order.step2\) after it had reacted to v3/,
    );
  });

  it("when the follow-up is in the cause's own stream, or a dead-letter record, then it is not a reaction", () => {
    const log = new LogBuilder();
    const first = log.add('saga.step.started', 'saga-o-1', {}, { source: 'saga' });
    const second = log.add('saga.step.started', 'saga-o-1', {}, { source: 'saga' });
    log.add('order.x', 'order-o-1', {}, { source: 'dlq', causationId: second.id });
    log.add('deadletter.added', 'dlq-dlq', {}, { source: 'dlq', causationId: first.id });
    log.add('saga.step.timed-out', 'saga-o-1', {}, { source: 'saga', causationId: first.id });
    expect(new InvariantChecker().addAll(log.events)).toEqual([]);
  });

  it('when a consumer reports system.order.violated, then it becomes a warning as is', () => {
    const log = new LogBuilder();
    log.add(
      'system.order.violated',
      'system-analytics',
      {
        consumerId: 'analytics',
        streamId: 'order-o-1',
        version: 2,
        lastAppliedVersion: 3,
        eventId: 'x',
      },
      { source: 'analytics' },
    );
    const [warning] = new InvariantChecker().addAll(log.events);
    expect(warning).toMatchObject({
      kind: 'order-violated',
      eventIds: ['e1', 'x'],
      componentIds: ['analytics'],
    });
    expect(warning?.message).toBe(
      'analytics applied order-o-1 v2 after v3: per-partition order was broken for it',
    );
  });
});

describe('given an order stream written before issue #16 with the partition key "user"', () => {
  it('when its later events are keyed by the order id, then the split is flagged once, at the first of them', () => {
    const log = new LogBuilder();
    const placed = log.add(
      'order.placed',
      'order-o-1',
      { orderId: 'o-1' },
      { partitionKey: 'u-7' },
    );
    const confirmed = log.add(
      'order.confirmed',
      'order-o-1',
      { orderId: 'o-1' },
      { source: 'orders', partitionKey: 'o-1' },
    );
    log.add('order.shipped', 'order-o-1', { orderId: 'o-1' }, { partitionKey: 'o-1' });
    const found = new InvariantChecker().addAll(log.events);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'order-violated',
      eventIds: [confirmed.id, placed.id],
      componentIds: ['orders'],
      position: confirmed.position,
    });
    expect(found[0]?.message).toMatch(
      /order-o-1 was keyed by "u-7", then by "o-1" \(order.confirmed\): its events can land on different bus partitions/,
    );
  });

  it('when every event keeps the key of the first, or a dead-letter queue holds many orders, then nothing is flagged', () => {
    const log = new LogBuilder();
    for (const type of ['order.placed', 'order.confirmed', 'order.shipped'])
      log.add(type, 'order-o-1', { orderId: 'o-1' }, { partitionKey: 'u-7' });
    log.add('deadletter.added', 'dlq-dlq', {}, { partitionKey: 'o-1' });
    log.add('deadletter.added', 'dlq-dlq', {}, { partitionKey: 'o-2' });
    log.add('system.error.occurred', 'system-payment', {}, { partitionKey: 'o-1' });
    log.add('system.error.occurred', 'system-payment', {}, { partitionKey: 'o-2' });
    expect(new InvariantChecker().addAll(log.events)).toEqual([]);
  });
});

describe('given many warnings and a small limit', () => {
  it('when more arrive, then the newest are kept and the counts cover all', () => {
    const log = new LogBuilder();
    for (let n = 0; n < 5; n++) {
      log.add(
        'system.duplicate.applied',
        'system-c',
        { eventId: `x${n}`, consumerId: 'c' },
        { source: 'c' },
      );
    }
    const checker = new InvariantChecker({ maxWarnings: 2 });
    checker.addAll(log.events);
    expect(checker.warnings().map((warning) => warning.eventIds[1])).toEqual(['x3', 'x4']);
    expect(checker.counts()['duplicate-applied']).toBe(5);
  });
});

describe('given real runs of the example', () => {
  it('when payment always fails, then the compensations raise no false alarm', () => {
    const simulation = runExample({ paymentFailureRate: 1, untilMs: 15_000 });
    const checker = new InvariantChecker();
    checker.addAll(simulation.events());
    expect(simulation.summary().sagas.compensated).toBeGreaterThan(100);
    expect(checker.counts()).toEqual({
      'duplicate-applied': 0,
      'compensation-without-forward': 0,
      'order-violated': 0,
    });
  });

  it('when the bus duplicates and the consumer is not idempotent, then every duplicate applied is warned about', () => {
    const simulation = runExample({ duplicateRate: 0.3, untilMs: 10_000 });
    const events = simulation.events();
    const applied = events.filter((event) => event.type === 'system.duplicate.applied');
    expect(applied.length).toBeGreaterThan(0);
    const checker = new InvariantChecker();
    const warnings = checker
      .addAll(events)
      .filter((warning) => warning.kind === 'duplicate-applied');
    expect(warnings.map((warning) => warning.eventIds[0])).toEqual(
      applied.map((event) => event.id),
    );
    expect(new Set(warnings.flatMap((warning) => warning.componentIds))).toEqual(
      new Set(['analytics']),
    );
  });
});
