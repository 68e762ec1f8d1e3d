import { describe, expect, it, vi } from 'vitest';
import { EventBus } from '../../../src/core/bus/event-bus';
import type { SubscriptionInfo } from '../../../src/core/bus/subscription';
import type { EventEnvelope } from '../../../src/core/messages/event';
import { sampleEvent } from './sample-events';

const boom = new Error('inventory unavailable');

describe('given a failing handler between two healthy ones and an injected error sink', () => {
  it('when an event is published, then the others still run and the sink gets the error, event and subscription', () => {
    const reports: Array<[unknown, EventEnvelope, SubscriptionInfo]> = [];
    const bus = new EventBus({ onHandlerError: (...report) => reports.push(report) });
    const before = vi.fn();
    const after = vi.fn();
    bus.subscribe('order.placed', before);
    bus.subscribe(
      'order.*',
      () => {
        throw boom;
      },
      { name: 'inventory' },
    );
    bus.subscribe('order.placed', after);
    const event = sampleEvent('order.placed');

    bus.publish(event);

    expect(before).toHaveBeenCalledTimes(1);
    expect(after).toHaveBeenCalledTimes(1);
    expect(reports).toEqual([[boom, event, { id: 2, pattern: 'order.*', name: 'inventory' }]]);
  });
});

describe('given a bus without an error sink', () => {
  it('when handlers fail, then the failures are recorded for the owner to take, oldest first', () => {
    const bus = new EventBus();
    bus.subscribe('*', (event) => {
      throw new Error(`cannot handle ${event.type}`);
    });
    const first = sampleEvent('order.placed');
    const second = sampleEvent('order.cancelled');

    bus.publish(first);
    bus.publish(second);
    const failures = bus.takeHandlerFailures();

    expect(failures.map((failure) => failure.event)).toEqual([first, second]);
    expect(failures.map((failure) => (failure.error as Error).message)).toEqual([
      'cannot handle order.placed',
      'cannot handle order.cancelled',
    ]);
    expect(failures[0]?.subscription).toEqual({ id: 1, pattern: '*', name: 'subscription-1' });
    expect(bus.takeHandlerFailures()).toEqual([]);
  });

  it('when a handler throws a non-Error value, then that value is recorded as it is', () => {
    const bus = new EventBus();
    bus.subscribe('order.placed', () => {
      throw 'plain string';
    });

    bus.publish(sampleEvent('order.placed'));

    expect(bus.takeHandlerFailures().map((failure) => failure.error)).toEqual(['plain string']);
  });
});

describe('given an error sink that itself throws', () => {
  it('when a handler fails, then the sink error propagates out of publish instead of vanishing', () => {
    const bus = new EventBus({
      onHandlerError: () => {
        throw new Error('sink broken');
      },
    });
    bus.subscribe('order.placed', () => {
      throw boom;
    });

    expect(() => bus.publish(sampleEvent('order.placed'))).toThrow('sink broken');
  });
});
