import { EventfoldError } from '../errors/errors';
import type { OrderCommandType } from './order-commands';
import type { OrderStatus } from './order-state';

/** The verb a person would use for each command, for messages. */
const verbs: Record<OrderCommandType, string> = {
  PlaceOrder: 'place',
  ConfirmOrder: 'confirm',
  ShipOrder: 'ship',
  DeliverOrder: 'deliver',
  CancelOrder: 'cancel',
};

/** The command referred to an order that was never placed. */
export class OrderNotFoundError extends EventfoldError {
  readonly code = 'order-not-found';

  constructor(
    readonly orderId: string,
    readonly command: OrderCommandType,
  ) {
    super(`Cannot ${verbs[command]} order ${orderId}: it does not exist (place it first)`);
  }
}

/** PlaceOrder for an id that already has an order. */
export class OrderAlreadyExistsError extends EventfoldError {
  readonly code = 'order-already-exists';

  constructor(
    readonly orderId: string,
    readonly status: OrderStatus,
  ) {
    super(`Cannot place order ${orderId}: it already exists and is ${status}`);
  }
}

/** The order's lifecycle does not allow this command in its current status. */
export class InvalidOrderTransitionError extends EventfoldError {
  readonly code = 'invalid-order-transition';

  constructor(
    readonly orderId: string,
    readonly from: OrderStatus,
    readonly command: OrderCommandType,
  ) {
    super(`Cannot ${verbs[command]} order ${orderId}: it is ${from}${hint(from, command)}`);
  }
}

/** PlaceOrder with no lines. */
export class EmptyOrderError extends EventfoldError {
  readonly code = 'empty-order';

  constructor(readonly orderId: string) {
    super(`Cannot place order ${orderId}: it has no items`);
  }
}

/** A line whose quantity is not a positive whole number. */
export class InvalidQuantityError extends EventfoldError {
  readonly code = 'invalid-quantity';

  constructor(
    readonly orderId: string,
    readonly sku: string,
    readonly quantity: number,
  ) {
    super(
      `Cannot place order ${orderId}: quantity of ${sku} must be a positive whole number, got ${quantity}`,
    );
  }
}

/** A line whose unit price is not a whole, non-negative number of minor units (cents). */
export class InvalidPriceError extends EventfoldError {
  readonly code = 'invalid-price';

  constructor(
    readonly orderId: string,
    readonly sku: string,
    readonly unitPrice: number,
  ) {
    super(
      `Cannot place order ${orderId}: unit price of ${sku} must be a whole non-negative number of cents, got ${unitPrice}`,
    );
  }
}

/** Every refusal the Order decider can return. */
export type OrderError =
  | OrderNotFoundError
  | OrderAlreadyExistsError
  | InvalidOrderTransitionError
  | EmptyOrderError
  | InvalidQuantityError
  | InvalidPriceError;

/** What the person should do (or know) next, for a refused transition. */
function hint(from: OrderStatus, command: OrderCommandType): string {
  if (from === 'cancelled') return ' (a cancelled order is final)';
  if (command === 'CancelOrder') return ' (an order cannot be cancelled once shipped)';
  if (command === 'ShipOrder' && from === 'pending') return ' (confirm it first)';
  if (command === 'DeliverOrder' && from === 'pending') return ' (confirm and ship it first)';
  if (command === 'DeliverOrder' && from === 'confirmed') return ' (ship it first)';
  return '';
}
