import type { DecidableCommand } from '../cqrs/decider';

/**
 * One line of an order. Money is in integer minor units (cents) so totals and revenue add up
 * exactly, whatever the order of summation (rebuilt and live projections must agree to the cent).
 */
export type OrderLine = {
  readonly sku: string;
  readonly quantity: number;
  readonly unitPrice: number;
};

// `type` aliases (not interfaces) and mutable array types, so payloads stay assignable to
// JsonObject for export (stored events are deep-frozen by the store anyway).
export type PlaceOrderData = {
  readonly orderId: string;
  readonly userId: string;
  readonly items: OrderLine[];
};
export type ConfirmOrderData = { readonly orderId: string };
export type ShipOrderData = { readonly orderId: string; readonly trackingNumber?: string };
export type DeliverOrderData = { readonly orderId: string };
export type CancelOrderData = { readonly orderId: string; readonly reason: string };

export type PlaceOrder = DecidableCommand<'PlaceOrder', PlaceOrderData>;
export type ConfirmOrder = DecidableCommand<'ConfirmOrder', ConfirmOrderData>;
export type ShipOrder = DecidableCommand<'ShipOrder', ShipOrderData>;
export type DeliverOrder = DecidableCommand<'DeliverOrder', DeliverOrderData>;
export type CancelOrder = DecidableCommand<'CancelOrder', CancelOrderData>;

/** Every command the Order decider understands. */
export type OrderCommand = PlaceOrder | ConfirmOrder | ShipOrder | DeliverOrder | CancelOrder;

export type OrderCommandType = OrderCommand['type'];

/** The command types, in lifecycle order (used to register handlers and to enumerate in tests). */
export const orderCommandTypes: readonly OrderCommandType[] = [
  'PlaceOrder',
  'ConfirmOrder',
  'ShipOrder',
  'DeliverOrder',
  'CancelOrder',
];
