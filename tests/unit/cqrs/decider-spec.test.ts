import { describe, expect, it } from 'vitest';
import { orderDecider } from '../../../src/core/order/order-decider';
import {
  InvalidOrderTransitionError,
  OrderNotFoundError,
} from '../../../src/core/order/order-errors';
import { deciderSpec } from '../../support/decider-spec';
import { confirmOrder, orderConfirmed, orderPlaced, shipOrder } from '../../support/order-fixtures';

// The spec helper must be able to fail, or every spec written with it proves nothing.
const spec = deciderSpec(orderDecider);

describe('given the decider spec helper', () => {
  it('when then() expects other events than decided, then it throws', () => {
    const when = spec.given([orderPlaced()]).when(confirmOrder());
    expect(() => when.then([orderPlaced()])).toThrow();
    expect(() => when.then([orderConfirmed()])).not.toThrow();
  });

  it('when thenFails() is used on an accepted command, then it throws', () => {
    const when = spec.given([orderPlaced()]).when(confirmOrder());
    expect(() => when.thenFails(InvalidOrderTransitionError)).toThrow(/expected a refusal/);
  });

  it('when thenFails() names another error class or message, then it throws', () => {
    const when = spec.given([orderPlaced()]).when(shipOrder());
    expect(() => when.thenFails(OrderNotFoundError)).toThrow();
    expect(() => when.thenFails(InvalidOrderTransitionError, 'something else')).toThrow();
    expect(() => when.thenFails(InvalidOrderTransitionError, 'confirm it first')).not.toThrow();
  });

  it('when thenState() is used on a refused command, then it throws', () => {
    const when = spec.given([]).when(confirmOrder());
    expect(() => when.thenState({ status: 'none' })).toThrow(/expected acceptance/);
  });
});
