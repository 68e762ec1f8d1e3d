import { describe, expect, it, vi } from 'vitest';
import { InvalidPatternError } from '../../../src/core/bus/bus-errors';
import { EventBus } from '../../../src/core/bus/event-bus';
import type { EventEnvelope } from '../../../src/core/messages/event';
import { sampleEvent } from './sample-events';

describe('given a bus with an `order.*` subscription', () => {
  it('when order.placed is published 3 times, then the handler runs 3 times and the subscription count stays 1', () => {
    const bus = new EventBus();
    const handler = vi.fn();
    bus.subscribe('order.*', handler);

    for (let i = 0; i < 3; i++) bus.publish(sampleEvent('order.placed'));

    expect(handler).toHaveBeenCalledTimes(3);
    expect(bus.subscriptionCount).toBe(1);
  });

  it('when a catch-all is also subscribed and many events are published, then each handler runs once per event', () => {
    // The seed appended wildcard handlers to the type's own list on every publish, so the
    // catch-all ran 1, 2, 3 ... times per event. Here every publish must see the same receivers.
    const bus = new EventBus();
    const exact = vi.fn();
    const all = vi.fn();
    bus.subscribe('order.placed', exact);
    bus.subscribe('*', all);

    for (let i = 0; i < 50; i++) bus.publish(sampleEvent('order.placed'));

    expect(exact).toHaveBeenCalledTimes(50);
    expect(all).toHaveBeenCalledTimes(50);
    expect(bus.subscriptionCount).toBe(2);
  });

  it('when an event of another type is published, then the handler is not called', () => {
    const bus = new EventBus();
    const handler = vi.fn();
    bus.subscribe('order.*', handler);

    bus.publish(sampleEvent('payment.received'));

    expect(handler).not.toHaveBeenCalled();
  });
});

describe('given several matching subscriptions', () => {
  it('when an event is published, then handlers run in subscription order with the event itself', () => {
    const bus = new EventBus();
    const calls: string[] = [];
    const received: EventEnvelope[] = [];
    bus.subscribe('*', (event) => calls.push(`all:${event.type}`));
    bus.subscribe('order.placed', (event) => {
      calls.push(`exact:${event.type}`);
      received.push(event);
    });
    bus.subscribe('order.*', (event) => calls.push(`wild:${event.type}`));
    const event = sampleEvent('order.placed');

    bus.publish(event);

    expect(calls).toEqual(['all:order.placed', 'exact:order.placed', 'wild:order.placed']);
    expect(received[0]).toBe(event);
  });
});

describe('given a subscription that was unsubscribed', () => {
  it('when events are published, then it is no longer called and the count drops', () => {
    const bus = new EventBus();
    const handler = vi.fn();
    const unsubscribe = bus.subscribe('order.placed', handler);
    bus.publish(sampleEvent('order.placed'));

    unsubscribe();
    unsubscribe(); // a second call is harmless
    bus.publish(sampleEvent('order.placed'));

    expect(handler).toHaveBeenCalledTimes(1);
    expect(bus.subscriptionCount).toBe(0);
  });

  it('when the same handler was subscribed twice, then unsubscribing one keeps the other', () => {
    const bus = new EventBus();
    const handler = vi.fn();
    const first = bus.subscribe('order.placed', handler);
    bus.subscribe('order.*', handler);

    first();
    bus.publish(sampleEvent('order.placed'));

    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe('given handlers that change subscriptions during a dispatch', () => {
  it('when a handler subscribes another, then the new one misses the current event but gets the next', () => {
    const bus = new EventBus();
    const late = vi.fn();
    let added = false;
    bus.subscribe('order.placed', () => {
      if (!added) bus.subscribe('order.placed', late);
      added = true;
    });

    bus.publish(sampleEvent('order.placed'));
    expect(late).not.toHaveBeenCalled();

    bus.publish(sampleEvent('order.placed'));
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('when a handler unsubscribes a later one, then the later one is not called for the current event', () => {
    const bus = new EventBus();
    const later = vi.fn();
    let unsubscribeLater = (): void => {};
    const earlier = vi.fn(() => unsubscribeLater());
    bus.subscribe('order.placed', earlier);
    unsubscribeLater = bus.subscribe('order.placed', later);

    bus.publish(sampleEvent('order.placed'));

    expect(earlier).toHaveBeenCalledTimes(1);
    expect(later).not.toHaveBeenCalled();
  });

  it('when a handler publishes another event, then that event is dispatched before the rest (depth-first)', () => {
    const bus = new EventBus();
    const calls: string[] = [];
    bus.subscribe('order.placed', () => {
      calls.push('first');
      bus.publish(sampleEvent('order.confirmed'));
    });
    bus.subscribe('order.placed', () => calls.push('second'));
    bus.subscribe('order.confirmed', () => calls.push('nested'));

    bus.publish(sampleEvent('order.placed'));

    expect(calls).toEqual(['first', 'nested', 'second']);
  });
});

describe('given an invalid pattern', () => {
  it('when subscribing, then InvalidPatternError names the pattern and nothing is subscribed', () => {
    const bus = new EventBus();

    expect(() => bus.subscribe('order.#.x', vi.fn())).toThrow(InvalidPatternError);
    expect(() => bus.subscribe('order.#.x', vi.fn())).toThrow('"order.#.x"');
    expect(bus.subscriptionCount).toBe(0);
  });
});
