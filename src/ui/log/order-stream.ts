import { isOrderStreamId, orderStreamId } from '../../core/order/order-events';

/** The stream of an order typed as `o-12` (or pasted as its stream id, `order-o-12`). */
export function orderStreamOf(input: string): string {
  const id = input.trim();
  return isOrderStreamId(id) ? id : orderStreamId(id);
}
