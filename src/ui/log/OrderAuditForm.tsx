import { type FormEvent, useState } from 'react';

interface OrderAuditFormProps {
  readonly onShow: (orderId: string) => void;
}

/** "Order id" + "Show history": opens one order's audit trail beside the table. */
export function OrderAuditForm({ onShow }: OrderAuditFormProps) {
  const [orderId, setOrderId] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (orderId.trim() !== '') onShow(orderId.trim());
  };
  return (
    <form className="log-audit-form" aria-label="Order history" onSubmit={submit}>
      <label className="log-filters__field">
        <span className="visually-hidden">Order id</span>
        <input
          className="log-input log-input--short"
          value={orderId}
          placeholder="order o-12"
          spellCheck={false}
          onChange={(event) => setOrderId(event.target.value)}
        />
      </label>
      <button type="submit" className="log-button" disabled={orderId.trim() === ''}>
        Show history
      </button>
    </form>
  );
}
