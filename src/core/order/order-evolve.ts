import type { OrderEvent } from './order-events';
import type { OrderState } from './order-state';

/**
 * Folds one order event into the state. Pure and total: an event that does not fit the state
 * (which `decide` never produces) leaves a placed order's other fields alone rather than failing,
 * because history is fact and must always be readable.
 */
export function evolveOrder(state: OrderState, event: OrderEvent): OrderState {
  if (event.type === 'order.placed') {
    const { orderId, userId, items, total } = event.data;
    return {
      status: 'pending',
      orderId,
      userId,
      items,
      total,
      trackingNumber: null,
      cancelReason: null,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'order.confirmed':
      return { ...state, status: 'confirmed' };
    case 'order.shipped':
      return { ...state, status: 'shipped', trackingNumber: event.data.trackingNumber };
    case 'order.delivered':
      return { ...state, status: 'delivered' };
    case 'order.cancelled':
      return { ...state, status: 'cancelled', cancelReason: event.data.reason };
  }
}
