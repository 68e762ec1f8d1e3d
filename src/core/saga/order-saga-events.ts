import type { ForwardStep, SagaStep } from './order-saga-steps';

/** The saga's own events, stored in its stream `saga-<orderId>`; timeouts are events too. */
export type OrderSagaEvent =
  | {
      type: 'saga.started';
      /** `items` rides along so a restarted saga can still build its commands from its stream. */
      data: { orderId: string; userId: string; total: number; items?: unknown };
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
