import type { OrderLine } from './order-commands';

/** Lifecycle of a placed order. `cancelled` is reachable from pending or confirmed only. */
export type OrderStatus = 'pending' | 'confirmed' | 'shipped' | 'delivered' | 'cancelled';

/** Every status, in lifecycle order: the keys of status counts. */
export const orderStatuses: readonly OrderStatus[] = [
  'pending',
  'confirmed',
  'shipped',
  'delivered',
  'cancelled',
];

/** Before `order.placed` the order does not exist. */
export interface NoOrder {
  readonly status: 'none';
}

export interface ExistingOrder {
  readonly status: OrderStatus;
  readonly orderId: string;
  readonly userId: string;
  readonly items: readonly OrderLine[];
  readonly total: number;
  readonly trackingNumber: string | null;
  readonly cancelReason: string | null;
}

export type OrderState = NoOrder | ExistingOrder;

/** Where every order starts. */
export const initialOrderState: OrderState = Object.freeze({ status: 'none' });
