import { describe, expect, it } from 'vitest';
import {
  buildSagaTimeline,
  forwardBarOf,
  laneCounts,
  SagaTimelineBuilder,
} from '../../../../src/sim/analysis/saga-timeline';
import { runExample } from './example-run';
import { LogBuilder } from './log-builder';

/** Writes saga events of `saga-<orderId>` at the given times. */
function sagaWriter(log: LogBuilder, orderId: string) {
  const stream = `saga-${orderId}`;
  const at = (type: string, time: number, data: Record<string, unknown> = {}) =>
    log.add(type, stream, data, { time, source: 'saga' });
  return {
    started: (time: number) => at('saga.started', time, { orderId }),
    step: (step: string, attempt: number, time: number, delayMs = 0) =>
      at('saga.step.started', time, { step, attempt, compensation: false, delayMs }),
    ok: (step: string, attempt: number, time: number, late = false) =>
      at('saga.step.succeeded', time, { step, attempt, late }),
    failed: (step: string, attempt: number, time: number, willRetry: boolean) =>
      at('saga.step.failed', time, { step, attempt, reason: 'Payment failed', willRetry }),
    timedOut: (step: string, attempt: number, time: number, willRetry: boolean) =>
      at('saga.step.timed-out', time, { step, attempt, willRetry }),
    compensate: (failedStep: string, steps: string[], time: number) =>
      at('saga.compensation.required', time, {
        failedStep,
        reason: `${failedStep}: failed`,
        steps,
      }),
    end: (
      type: 'saga.completed' | 'saga.compensated' | 'saga.stuck',
      time: number,
      reason?: string,
    ) => at(type, time, { orderId, ...(reason ? { reason } : {}) }),
  };
}

describe('given a saga that has reserved inventory and is charging payment', () => {
  const log = new LogBuilder();
  const saga = sagaWriter(log, 'o-1');
  saga.started(10);
  const reserve = saga.step('reserve-inventory', 1, 10);
  const reserved = saga.ok('reserve-inventory', 1, 50);
  saga.step('process-payment', 1, 50);
  const timeline = buildSagaTimeline(log.events);
  const lane = timeline.lane('o-1')!;

  it('when read, then the lane runs, with a finished bar, an in-flight bar and the steps not reached yet', () => {
    expect(lane.status).toBe('running');
    expect(lane.startedAt).toBe(10);
    expect(
      lane.bars.map((bar) => [bar.step, bar.attempt, bar.start, bar.end, bar.outcome]),
    ).toEqual([
      ['reserve-inventory', 1, 10, 50, 'succeeded'],
      ['process-payment', 1, 50, null, 'pending'],
      ['confirm-order', 0, null, null, 'pending'],
      ['send-notification', 0, null, null, 'pending'],
    ]);
    expect(lane.bars[0]?.eventIds).toEqual([reserve.id, reserved.id]);
    expect(lane.bars.every((bar) => bar.track === 'forward' && !bar.compensation)).toBe(true);
  });

  it('when events of other streams are added, then nothing changes', () => {
    const before = timeline.revision;
    const other = new LogBuilder().add('order.placed', 'order-o-1', { orderId: 'o-1' });
    expect(timeline.add(other)).toBe(false);
    expect(timeline.revision).toBe(before);
    expect(timeline.lane('o-1')).toBe(lane);
  });
});

describe('given a saga whose payment failed three times', () => {
  const log = new LogBuilder();
  const saga = sagaWriter(log, 'o-2');
  saga.started(0);
  saga.step('reserve-inventory', 1, 0);
  saga.ok('reserve-inventory', 1, 40);
  saga.step('process-payment', 1, 40);
  saga.failed('process-payment', 1, 100, true);
  saga.step('process-payment', 2, 100, 1000);
  saga.timedOut('process-payment', 2, 1200, true);
  saga.step('process-payment', 3, 1200, 1000);
  saga.failed('process-payment', 3, 2300, false);
  saga.compensate('process-payment', ['reject-order'], 2300);
  saga.step('release-inventory', 1, 2300);
  const builder = buildSagaTimeline(log.events);

  it('when compensating, then retries are marked and the queued undo steps show as pending', () => {
    const lane = builder.lane('o-2')!;
    expect(lane.status).toBe('compensating');
    expect(lane.failedStep).toBe('process-payment');
    expect(lane.hasFailure).toBe(true);
    const payment = lane.bars.filter((bar) => bar.step === 'process-payment');
    expect(payment.map((bar) => [bar.outcome, bar.willRetry, bar.delayMs])).toEqual([
      ['retried', true, 0],
      ['timed-out', true, 1000],
      ['failed', false, 1000],
    ]);
    expect(payment[1]?.reason).toBe('timed out');
    const undo = lane.bars.filter((bar) => bar.track === 'undo');
    expect(undo.map((bar) => [bar.step, bar.outcome, bar.start, bar.linkedForwardStep])).toEqual([
      ['release-inventory', 'pending', 2300, 'reserve-inventory'],
      ['reject-order', 'pending', null, null],
    ]);
    expect(forwardBarOf(lane, undo[0]!)?.outcome).toBe('succeeded');
    expect(forwardBarOf(lane, undo[1]!)).toBeNull();
  });

  it('when still compensating, then it is counted as compensating, not yet as compensated (as the saga node counts sagasCompensated)', () => {
    const counts = laneCounts(builder.lanes());
    expect(counts.compensated).toBe(0);
    expect(counts.compensating).toBe(1);
    expect(builder.lanes('compensated')).toEqual([]);
  });

  it('when the compensations finish, then the lane is compensated and the view is rebuilt once', () => {
    const viewBefore = builder.lane('o-2');
    expect(builder.lane('o-2')).toBe(viewBefore);
    const tail = sagaWriter(new LogBuilder(log.events.length + 1), 'o-2');
    builder.add(tail.ok('release-inventory', 1, 2340));
    builder.add(tail.step('reject-order', 1, 2340));
    builder.add(tail.ok('reject-order', 1, 2360));
    builder.add(tail.end('saga.compensated', 2360));
    const lane = builder.lane('o-2')!;
    expect(lane).not.toBe(viewBefore);
    expect(lane.status).toBe('compensated');
    expect(lane.endedAt).toBe(2360);
    expect(lane.bars.some((bar) => bar.outcome === 'pending')).toBe(false);
    expect(lane.bars.at(-1)).toMatchObject({
      step: 'reject-order',
      compensation: false,
      track: 'undo',
    });
  });
});

describe('given a step that timed out and then succeeded late', () => {
  it('when the late success arrives, then the given-up bar becomes a late success its compensation links to', () => {
    const log = new LogBuilder();
    const saga = sagaWriter(log, 'o-3');
    saga.started(0);
    saga.step('reserve-inventory', 1, 0);
    saga.timedOut('reserve-inventory', 1, 5000, false);
    saga.compensate('reserve-inventory', [], 5000);
    saga.step('reject-order', 1, 5000);
    saga.ok('reserve-inventory', 1, 5100, true);
    saga.compensate('reserve-inventory', ['release-inventory'], 5100);
    const lane = buildSagaTimeline(log.events).lane('o-3')!;
    const reserve = lane.bars[0]!;
    expect(reserve).toMatchObject({ outcome: 'succeeded', late: true, end: 5100 });
    expect(reserve.eventIds).toHaveLength(3);
    const release = lane.bars.find((bar) => bar.step === 'release-inventory')!;
    expect(release.start).toBeNull();
    expect(forwardBarOf(lane, release)).toBe(reserve);
  });
});

describe('given sagas that completed, got stuck and keep retrying', () => {
  it('when filtered, then each filter selects its lanes and the counts agree', () => {
    const log = new LogBuilder();
    const done = sagaWriter(log, 'a');
    done.started(0);
    done.step('reserve-inventory', 1, 0);
    done.failed('reserve-inventory', 1, 5, true);
    done.step('reserve-inventory', 2, 5);
    done.ok('reserve-inventory', 2, 9);
    done.end('saga.completed', 20);
    const stuck = sagaWriter(log, 'b');
    stuck.started(0);
    stuck.compensate('process-payment', [], 1);
    stuck.step('release-inventory', 1, 1);
    stuck.failed('release-inventory', 1, 2, false);
    stuck.end('saga.stuck', 2, 'release-inventory failed 1 times');
    const builder = buildSagaTimeline(log.events);
    expect(builder.lanes('failed').map((lane) => lane.orderId)).toEqual(['a', 'b']);
    expect(builder.lanes('stuck').map((lane) => lane.orderId)).toEqual(['b']);
    expect(builder.lanes('compensated')).toEqual([]);
    expect(builder.lane('b')?.stuckReason).toBe('release-inventory failed 1 times');
    expect(builder.lane('b')?.bars[0]).toMatchObject({
      step: 'release-inventory',
      start: 1,
      outcome: 'failed',
    });
    expect(laneCounts(builder.lanes())).toEqual({
      all: 2,
      failed: 2,
      compensating: 0,
      compensated: 0,
      stuck: 1,
    });
  });
});

describe('given a log read from the middle of a saga', () => {
  it('when only an answer is seen, then a lane appears with an orphan bar whose start is unknown', () => {
    const log = new LogBuilder();
    sagaWriter(log, 'o-7').failed('process-payment', 2, 40, true);
    const lane = buildSagaTimeline(log.events).lane('o-7')!;
    expect(lane).toMatchObject({ status: 'running', startedAt: 40, hasFailure: true });
    expect(lane.bars.map((bar) => [bar.step, bar.attempt, bar.start, bar.end])).toEqual([
      ['process-payment', 2, null, 40],
      ['confirm-order', 0, null, null],
      ['send-notification', 0, null, null],
    ]);
  });
});

describe('given limits on memory', () => {
  it('when a step is retried past the bar limit, then the oldest retries are dropped and counted', () => {
    const log = new LogBuilder();
    const saga = sagaWriter(log, 'o-9');
    saga.started(0);
    for (let attempt = 1; attempt <= 30; attempt++) {
      saga.step('process-payment', attempt, attempt * 10);
      saga.failed('process-payment', attempt, attempt * 10 + 5, attempt < 30);
    }
    const lane = buildSagaTimeline(log.events, { maxBarsPerLane: 12 }).lane('o-9')!;
    const recorded = lane.bars.filter((bar) => bar.start !== null);
    expect(recorded).toHaveLength(12);
    expect(lane.droppedBars).toBe(18);
    expect(recorded.at(-1)).toMatchObject({ attempt: 30, outcome: 'failed' });
    expect(recorded[0]?.attempt).toBe(19);
    // Every retry still counts, the dropped ones too: 29 attempts were tried again.
    expect(lane.retries).toBe(29);
    expect(recorded.every((bar) => bar.kind === 'pivot')).toBe(true);
  });

  it('when more sagas than maxLanes start, then finished lanes are forgotten first', () => {
    const log = new LogBuilder();
    for (const id of ['a', 'b', 'c']) sagaWriter(log, id).started(0);
    sagaWriter(log, 'b').end('saga.completed', 1);
    const builder = buildSagaTimeline(log.events, { maxLanes: 3 });
    builder.add(sagaWriter(new LogBuilder(), 'd').started(2));
    expect(builder.lanes().map((lane) => lane.orderId)).toEqual(['a', 'c', 'd']);
    expect(builder.forgottenLanes).toBe(1);
  });

  it('when limits are nonsense, then the builder refuses them by name', () => {
    expect(() => new SagaTimelineBuilder({ maxBarsPerLane: 2 })).toThrow(/maxBarsPerLane/);
    expect(() => new SagaTimelineBuilder({ maxLanes: 0 })).toThrow(/maxLanes/);
  });
});

describe('given a run of the example with payment always failing', () => {
  const simulation = runExample({ paymentFailureRate: 1, untilMs: 20_000 });
  const builder = new SagaTimelineBuilder();
  for (const event of simulation.events()) builder.add(event);

  it('when built incrementally, then lanes agree with the saga outcome counters', () => {
    const { sagas } = simulation.summary();
    const lanes = builder.lanes();
    expect(sagas.compensated).toBeGreaterThan(100);
    expect(lanes.filter((lane) => lane.status === 'compensated')).toHaveLength(sagas.compensated);
    expect(lanes.filter((lane) => lane.status === 'completed')).toHaveLength(0);
    expect(builder.lanes('stuck')).toHaveLength(sagas.stuck);
  });

  it('when a compensated lane is read, then release-inventory links to the reserve bar and payment shows its retries', () => {
    const lane = builder
      .lanes('compensated')
      .find((candidate) => candidate.status === 'compensated')!;
    expect(
      lane.bars.filter((bar) => bar.step === 'process-payment').map((bar) => bar.outcome),
    ).toEqual(['retried', 'retried', 'failed']);
    const release = lane.bars.find((bar) => bar.step === 'release-inventory')!;
    expect(forwardBarOf(lane, release)?.step).toBe('reserve-inventory');
    for (const candidate of builder.lanes()) {
      for (const bar of candidate.bars.filter((each) => each.linkedForwardStep !== null)) {
        expect(forwardBarOf(candidate, bar)?.outcome).toBe('succeeded');
      }
    }
  });
});
