import { describe, expect, it, vi } from 'vitest';
import { NoSchedulerError } from '../../../src/core/bus/bus-errors';
import { EventBus } from '../../../src/core/bus/event-bus';
import { ManualScheduler } from './manual-scheduler';
import { sampleEvent } from './sample-events';

function scheduledBus() {
  const scheduler = new ManualScheduler();
  const bus = new EventBus({ scheduler });
  return { scheduler, bus };
}

describe('given a bus with a scheduler', () => {
  it('when an event is published scheduled, then no handler runs until the scheduler runs, one task per handler', () => {
    const { scheduler, bus } = scheduledBus();
    const first = vi.fn();
    const second = vi.fn();
    bus.subscribe('order.*', first);
    bus.subscribe('*', second);

    bus.publishScheduled(sampleEvent('order.placed'));

    expect(first).not.toHaveBeenCalled();
    expect(second).not.toHaveBeenCalled();
    expect(scheduler.pending).toBe(2);

    scheduler.runNext();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();

    scheduler.runNext();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('when published with a delay, then delivery happens at that virtual time', () => {
    const { scheduler, bus } = scheduledBus();
    const seenAt: number[] = [];
    bus.subscribe('order.placed', () => seenAt.push(scheduler.clock.now()));

    bus.publishScheduled(sampleEvent('order.placed'), 250);
    scheduler.runAll();

    expect(seenAt).toEqual([250]);
  });

  it('when a handler is unsubscribed before its task runs, then it is not called', () => {
    const { scheduler, bus } = scheduledBus();
    const handler = vi.fn();
    const unsubscribe = bus.subscribe('order.placed', handler);

    bus.publishScheduled(sampleEvent('order.placed'));
    unsubscribe();
    scheduler.runAll();

    expect(handler).not.toHaveBeenCalled();
  });

  it('when a handler subscribes after publishing, then it does not receive the already published event', () => {
    const { scheduler, bus } = scheduledBus();
    const late = vi.fn();

    bus.publishScheduled(sampleEvent('order.placed'));
    bus.subscribe('order.placed', late);
    scheduler.runAll();

    expect(late).not.toHaveBeenCalled();
  });

  it('when a scheduled handler fails, then the others still run and the failure is recorded', () => {
    const { scheduler, bus } = scheduledBus();
    const healthy = vi.fn();
    bus.subscribe('order.placed', () => {
      throw new Error('payment down');
    });
    bus.subscribe('order.placed', healthy);
    const event = sampleEvent('order.placed');

    bus.publishScheduled(event);
    scheduler.runAll();

    expect(healthy).toHaveBeenCalledTimes(1);
    const failures = bus.takeHandlerFailures();
    expect(failures).toHaveLength(1);
    expect(failures[0]?.event).toBe(event);
  });
});

describe('given a bus without a scheduler', () => {
  it('when publishing scheduled, then NoSchedulerError explains what is missing', () => {
    const bus = new EventBus();

    expect(() => bus.publishScheduled(sampleEvent('order.placed'))).toThrow(NoSchedulerError);
  });
});
