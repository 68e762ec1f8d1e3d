import type { JsonValue } from '../messages/json';
import type { SagaStep } from './order-saga-steps';

/** Starts the saga for a placed order; the order's lines ride along for the step commands. */
export interface StartOrderSaga {
  readonly type: 'StartOrderSaga';
  readonly data: {
    readonly orderId: string;
    readonly userId: string;
    readonly total: number;
    readonly items: JsonValue;
  };
}

/**
 * A participant's answer, matched by its event type against the step awaiting one. A failure
 * says why and whether trying again may help (retryable unless the participant said otherwise).
 */
export interface HandleStepReply {
  readonly type: 'HandleStepReply';
  readonly data: {
    readonly eventType: string;
    readonly reason?: string;
    readonly retryable?: boolean;
  };
}

/** The saga's own timer: the attempt of the step it guards got no answer in time. */
export interface HandleStepTimeout {
  readonly type: 'HandleStepTimeout';
  readonly data: { readonly step: SagaStep; readonly attempt: number };
}

/** What the saga reacts to: the order that starts it, participants' answers, and its timers. */
export type OrderSagaCommand = StartOrderSaga | HandleStepReply | HandleStepTimeout;
