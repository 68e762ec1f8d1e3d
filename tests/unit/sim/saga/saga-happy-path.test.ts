import { describe, expect, it } from 'vitest';
import { extraOf, sagaRun, startedSteps, streamOf, typesOf } from './saga-scenario';

describe('given the order saga wired to healthy participants and one order', () => {
  it('when the run settles, then the saga completes and the order is confirmed', () => {
    const { sim } = sagaRun();
    sim.runUntil(10_000);

    expect(startedSteps(sim)).toEqual([
      'reserve-inventory#1',
      'process-payment#1',
      'confirm-order#1',
      'send-notification#1',
    ]);
    expect(streamOf(sim, 'saga-o-1').at(-1)?.type).toBe('saga.completed');
    expect(streamOf(sim, 'order-o-1').map((event) => event.type)).toEqual([
      'order.placed',
      'order.confirmed',
    ]);
    expect(sim.summary().sagas).toEqual({ completed: 1, compensated: 0, stuck: 0 });
    expect(extraOf(sim, 'saga', 'sagasRunning')).toBe(0);
  });

  it('when the run settles, then the flow happens in order: placed, reserve, pay, confirm, notify', () => {
    const { sim } = sagaRun();
    sim.runUntil(10_000);

    const flow = typesOf(
      sim,
      /^(order|inventory|payment|notification\.email|saga\.(started|completed))/,
    );
    expect(flow).toEqual([
      'order.placed',
      'saga.started',
      'inventory.reserved',
      'payment.processed',
      'order.confirmed',
      'notification.email.sent',
      'saga.completed',
    ]);
  });

  it('when the saga decides, then each append extends its stream at the version it expected', () => {
    const { sim } = sagaRun();
    sim.runUntil(10_000);

    const versions = streamOf(sim, 'saga-o-1').map((event) => event.streamVersion);
    expect(versions).toEqual(versions.map((_, index) => index + 1));
    expect(streamOf(sim, 'saga-o-1').every((event) => event.partitionKey === 'o-1')).toBe(true);
  });

  it('when the same scenario runs twice, then both logs hash the same', () => {
    const first = sagaRun({
      seed: 11,
      orders: 0,
      config: { api: { ratePerSecond: 20, maxOrders: 10 } },
    });
    const second = sagaRun({
      seed: 11,
      orders: 0,
      config: { api: { ratePerSecond: 20, maxOrders: 10 } },
    });
    first.sim.runUntil(20_000);
    second.sim.runUntil(20_000);

    expect(first.sim.summary().sagas.completed).toBeGreaterThanOrEqual(10);
    expect(first.sim.summary().logHash).toBe(second.sim.summary().logHash);
  });
});

describe('given participants that answer the saga directly and a saga that appends through the store', () => {
  it('when the order runs, then the saga completes and its own events reach the bus without looping back', () => {
    const { sim } = sagaRun({
      without: ['inventory->bus', 'payment->bus'],
      extraConnections: [
        { source: 'inventory', target: 'saga' },
        { source: 'payment', target: 'saga' },
        { source: 'saga', target: 'store' },
      ],
    });
    sim.runUntil(10_000);

    expect(streamOf(sim, 'saga-o-1').at(-1)?.type).toBe('saga.completed');
    const sagaEvents = streamOf(sim, 'saga-o-1').length;
    // order.placed, order.confirmed and the e-mail came over the bus; the saga's own events were
    // published too, and skipped by the saga's subscription (it accepts only what it reacts to).
    expect(extraOf(sim, 'bus', 'messages')).toBe(3 + sagaEvents);
    expect(sim.component('saga')?.snapshot().received).toBe(5);
  });
});
