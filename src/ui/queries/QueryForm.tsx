import { type FormEvent, useId, useState } from 'react';
import type { HostQueryKind } from '../../sim/host/query-request';
import type { QueryParams } from '../../state/queries/query-entry';
import { useEventfoldStore } from '../../state/store';
import { useRecentIds } from './useRecentIds';

/** The query controls: an order id and GetOrder, a user id and GetUserOrders, the list queries. */
export function QueryForm() {
  const orderId = useEventfoldStore((state) => state.selectedOrderId);
  const setOrderId = useEventfoldStore((state) => state.setSelectedOrderId);
  const askQuery = useEventfoldStore((state) => state.askQuery);
  const [userId, setUserId] = useState('');
  const [readYourWrites, setReadYourWrites] = useState(false);
  const { orderIds, userIds } = useRecentIds();
  const ids = useId();

  const ask = (query: HostQueryKind, params: QueryParams = {}) =>
    askQuery(query, params, readYourWrites);
  const submit = (query: HostQueryKind, params: QueryParams) => (event: FormEvent) => {
    event.preventDefault();
    ask(query, params);
  };

  return (
    <div className="query-form">
      <form className="query-form__row" onSubmit={submit('GetOrder', { orderId: orderId.trim() })}>
        <label htmlFor={`${ids}-order`}>Order id</label>
        <input
          id={`${ids}-order`}
          className="query-input"
          value={orderId}
          list={`${ids}-orders`}
          placeholder="o-12"
          spellCheck={false}
          onChange={(event) => setOrderId(event.target.value)}
        />
        <button type="submit" className="query-button" disabled={!orderId.trim()}>
          Get order
        </button>
      </form>
      <form
        className="query-form__row"
        onSubmit={submit('GetUserOrders', { userId: userId.trim() })}
      >
        <label htmlFor={`${ids}-user`}>User id</label>
        <input
          id={`${ids}-user`}
          className="query-input"
          value={userId}
          list={`${ids}-users`}
          placeholder="u-3"
          spellCheck={false}
          onChange={(event) => setUserId(event.target.value)}
        />
        <button type="submit" className="query-button" disabled={!userId.trim()}>
          Get user orders
        </button>
      </form>
      <div className="query-form__row">
        <button type="button" className="query-button" onClick={() => ask('GetPendingOrders')}>
          Pending orders
        </button>
        <button type="button" className="query-button" onClick={() => ask('GetOrderStatistics')}>
          Order statistics
        </button>
        <label className="query-form__check">
          <input
            type="checkbox"
            checked={readYourWrites}
            onChange={(event) => setReadYourWrites(event.target.checked)}
          />
          Read your writes
        </label>
      </div>
      <datalist id={`${ids}-orders`}>
        {orderIds.map((id) => (
          <option key={id} value={id} />
        ))}
      </datalist>
      <datalist id={`${ids}-users`}>
        {userIds.map((id) => (
          <option key={id} value={id} />
        ))}
      </datalist>
    </div>
  );
}
