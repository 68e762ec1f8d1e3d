import type { JsonValue } from '../messages/json';
import type { CompensationStep, ForwardStep, SagaStep } from './order-saga-steps';

export type SagaStatus =
  | 'not-started'
  | 'running'
  | 'compensating'
  | 'completed'
  | 'compensated'
  | 'stuck';

/** The placed order a saga works for: what its step commands carry. */
export interface SagaOrder {
  readonly userId: string;
  readonly total: number;
  readonly items: JsonValue;
}

/** The saga's state, folded from its own events only (it is event-sourced in its own stream). */
export interface OrderSagaState {
  readonly orderId: string;
  readonly order: SagaOrder;
  readonly status: SagaStatus;
  /** The step awaiting an answer, and which attempt of it. */
  readonly current: SagaStep | null;
  readonly attempt: number;
  /** Forward steps that succeeded, in order. */
  readonly completed: readonly ForwardStep[];
  /** Compensations (and the final rejection) still to run after the current one, in order. */
  readonly queue: readonly (CompensationStep | 'reject-order')[];
  /** A forward step given up after timing out: a late success still has to be compensated. */
  readonly abandoned: ForwardStep | null;
  /** The attempt of `abandoned` that timed out: the one a late success answers (0 when none). */
  readonly abandonedAttempt: number;
  readonly failedStep: ForwardStep | null;
  readonly failureReason: string | null;
}

export const initialSagaState: OrderSagaState = {
  orderId: '',
  order: { userId: '', total: 0, items: [] },
  status: 'not-started',
  current: null,
  attempt: 0,
  completed: [],
  queue: [],
  abandoned: null,
  abandonedAttempt: 0,
  failedStep: null,
  failureReason: null,
};
