import { describe, expect, it } from 'vitest';
import { isOrderStreamId, orderStreamId } from '../../../src/core/order/order-events';
import { orderIdOfSagaStream, sagaStreamId } from '../../../src/core/saga/saga-stream-id';

describe('given the stream id builders', () => {
  it('when a saga stream id is read back, then it gives the order it was built from', () => {
    expect(sagaStreamId('o-12')).toBe('saga-o-12');
    expect(orderIdOfSagaStream(sagaStreamId('o-12'))).toBe('o-12');
  });

  it('when a stream is not a saga stream, then no order is read from it', () => {
    expect(orderIdOfSagaStream(orderStreamId('o-12'))).toBeNull();
  });

  it('when an order stream id is tested, then only order streams pass', () => {
    expect(isOrderStreamId(orderStreamId('o-12'))).toBe(true);
    expect(isOrderStreamId(sagaStreamId('o-12'))).toBe(false);
  });
});
