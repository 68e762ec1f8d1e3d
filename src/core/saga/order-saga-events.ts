import type { DecidedEvent } from '../cqrs/decider';
import type { JsonValue } from '../messages/json';
import type { ForwardStep, SagaStep } from './order-saga-steps';

/** The saga's own events, stored in its stream `saga-<orderId>`; timeouts are events too. */
export type OrderSagaEvent =
  | {
      type: 'saga.started';
      /** The order rides along so a restarted saga can still build its commands from its stream. */
      data: { orderId: string; userId: string; total: number; items: JsonValue };
    }
  | {
      type: 'saga.step.started';
      data: { step: SagaStep; attempt: number; compensation: boolean; delayMs: number };
    }
  | { type: 'saga.step.succeeded'; data: { step: SagaStep; attempt: number; late: boolean } }
  | {
      type: 'saga.step.failed';
      data: { step: SagaStep; attempt: number; reason: string; willRetry: boolean };
    }
  | { type: 'saga.step.timed-out'; data: { step: SagaStep; attempt: number; willRetry: boolean } }
  | {
      type: 'saga.compensation.required';
      data: { failedStep: ForwardStep; reason: string; steps: SagaStep[] };
    }
  | { type: 'saga.completed'; data: { orderId: string } }
  | { type: 'saga.compensated'; data: { orderId: string; failedStep: ForwardStep; reason: string } }
  | {
      type: 'saga.stuck';
      data: { orderId: string; step: SagaStep; attempts: number; reason: string };
    };

export type OrderSagaEventType = OrderSagaEvent['type'];

/** Every saga event type, as a record so that a new event type cannot be left out. */
const sagaEventTypeTable: Readonly<Record<OrderSagaEventType, true>> = {
  'saga.started': true,
  'saga.step.started': true,
  'saga.step.succeeded': true,
  'saga.step.failed': true,
  'saga.step.timed-out': true,
  'saga.compensation.required': true,
  'saga.completed': true,
  'saga.compensated': true,
  'saga.stuck': true,
};
const orderSagaEventTypes: ReadonlySet<string> = new Set(Object.keys(sagaEventTypeTable));

/**
 * Recognises a saga event by its type. The payload is trusted, not re-validated: saga streams
 * are written only by the saga's decider, and imported logs are validated at the import boundary.
 */
export function isOrderSagaEvent(event: DecidedEvent): event is OrderSagaEvent {
  return orderSagaEventTypes.has(event.type);
}
