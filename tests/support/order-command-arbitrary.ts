import fc from 'fast-check';
import type { OrderCommand, OrderLine } from '../../src/core/order/order-commands';

const orderIds = ['o-1', 'o-2', 'o-3', 'o-4', 'o-5'];
const userIds = ['u-1', 'u-2', 'u-3'];

/** Mostly valid lines, sometimes an invalid quantity or price so refusals happen too. */
const line: fc.Arbitrary<OrderLine> = fc.record({
  sku: fc.constantFrom('SKU-A', 'SKU-B', 'SKU-C'),
  quantity: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 5 }) }, fc.constant(0)),
  unitPrice: fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 0, max: 50_000 }) },
    fc.constant(-1),
  ),
});

/** One order command on a small set of orders, so lifecycles collide and refusals are common. */
export const orderCommandArbitrary: fc.Arbitrary<OrderCommand> = fc
  .record({
    kind: fc.constantFrom('place', 'place', 'confirm', 'ship', 'deliver', 'cancel'),
    orderId: fc.constantFrom(...orderIds),
    userId: fc.constantFrom(...userIds),
    items: fc.array(line, { minLength: 0, maxLength: 3 }),
    trackingNumber: fc.option(fc.constantFrom('TRK-1', 'TRK-2'), { nil: undefined }),
  })
  .map(({ kind, orderId, userId, items, trackingNumber }): OrderCommand => {
    switch (kind) {
      case 'place':
        return { type: 'PlaceOrder', data: { orderId, userId, items } };
      case 'confirm':
        return { type: 'ConfirmOrder', data: { orderId } };
      case 'ship':
        return {
          type: 'ShipOrder',
          data: trackingNumber === undefined ? { orderId } : { orderId, trackingNumber },
        };
      case 'deliver':
        return { type: 'DeliverOrder', data: { orderId } };
      default:
        return { type: 'CancelOrder', data: { orderId, reason: 'test' } };
    }
  });

/** A command together with how far the virtual clock moves before it (up to ~2 days). */
export const timedCommandsArbitrary = fc.array(
  fc.record({ command: orderCommandArbitrary, advanceMs: fc.integer({ min: 0, max: 50_000_000 }) }),
  { minLength: 1, maxLength: 60 },
);
