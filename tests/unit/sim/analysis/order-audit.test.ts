import { describe, expect, it } from 'vitest';
import { CheckpointedProjection } from '../../../../src/core/projections/checkpointed-projection';
import { orderListProjection } from '../../../../src/core/projections/order-list-projection';
import { getOrder } from '../../../../src/core/projections/order-list-queries';
import { MixedStreamsError } from '../../../../src/sim/analysis/analysis-errors';
import { finalOrderState, orderAudit } from '../../../../src/sim/analysis/order-audit';
import { runExample } from './example-run';
import { LogBuilder } from './log-builder';

const items = [{ sku: 'SKU-1', quantity: 2, unitPrice: 1250 }];

function orderStream() {
  const log = new LogBuilder();
  log.add('order.placed', 'order-o-1', { orderId: 'o-1', userId: 'u-1', items, total: 2500 });
  log.add('order.confirmed', 'order-o-1', { orderId: 'o-1' });
  log.add('order.shipped', 'order-o-1', { orderId: 'o-1', trackingNumber: 'TRK-1' });
  log.add('order.delivered', 'order-o-1', { orderId: 'o-1' });
  return log.events;
}

describe('given the events of one order stream', () => {
  it('when audited, then each event comes with the state after it and the fields it changed', () => {
    const audit = orderAudit(orderStream());
    expect(audit.map((entry) => entry.stateAfter.status)).toEqual([
      'pending',
      'confirmed',
      'shipped',
      'delivered',
    ]);
    expect(audit[0]?.changed).toEqual([
      'status',
      'orderId',
      'userId',
      'items',
      'total',
      'trackingNumber',
      'cancelReason',
    ]);
    expect(audit[1]?.changed).toEqual(['status']);
    expect(audit[2]?.changed).toEqual(['status', 'trackingNumber']);
    expect(audit[2]?.stateAfter).toMatchObject({ trackingNumber: 'TRK-1', total: 2500 });
    expect(finalOrderState(audit).status).toBe('delivered');
  });

  it('when given out of version order, then it folds in version order', () => {
    const audit = orderAudit([...orderStream()].reverse());
    expect(audit.map((entry) => entry.event.streamVersion)).toEqual([1, 2, 3, 4]);
    expect(finalOrderState(audit).status).toBe('delivered');
  });

  it('when an event is not an order event, then it is listed and changes nothing', () => {
    const log = new LogBuilder();
    log.add('order.placed', 'order-o-1', { orderId: 'o-1', userId: 'u-1', items, total: 2500 });
    log.add('order.noted', 'order-o-1', { orderId: 'o-1' });
    const audit = orderAudit(log.events);
    expect(audit[1]?.changed).toEqual([]);
    expect(audit[1]?.stateAfter).toBe(audit[0]?.stateAfter);
  });

  it('when the events span two streams, then it refuses and names both', () => {
    const log = new LogBuilder();
    log.add('order.placed', 'order-o-1', { orderId: 'o-1', userId: 'u', items, total: 1 });
    log.add('order.placed', 'order-o-2', { orderId: 'o-2', userId: 'u', items, total: 1 });
    expect(() => orderAudit(log.events)).toThrow(MixedStreamsError);
    expect(() => orderAudit(log.events)).toThrow(/"order-o-1" but found "order-o-2"/);
  });

  it('when there are no events, then the audit is empty and the order does not exist', () => {
    expect(orderAudit([])).toEqual([]);
    expect(finalOrderState([]).status).toBe('none');
  });
});

describe('given a run with payment always failing', () => {
  it('when every order stream is audited, then its final state agrees with the order list projection', () => {
    const events = runExample({ paymentFailureRate: 1, untilMs: 8_000 }).events();
    const list = new CheckpointedProjection(orderListProjection);
    for (const event of events) list.apply(event);
    const streams = new Map<string, typeof events>();
    for (const event of events.filter((candidate) => candidate.streamId.startsWith('order-'))) {
      streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
    }
    expect(streams.size).toBeGreaterThan(50);
    let cancelled = 0;
    for (const [streamId, stream] of streams) {
      const state = finalOrderState(orderAudit(stream));
      const view = getOrder(list.model, streamId.slice('order-'.length));
      expect(state.status).toBe(view?.status);
      if (state.status === 'cancelled') {
        cancelled += 1;
        expect(state.cancelReason).toMatch(/process-payment/);
      }
    }
    expect(cancelled).toBeGreaterThan(0);
  });
});
