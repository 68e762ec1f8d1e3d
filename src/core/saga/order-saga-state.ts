import type { CompensationStep, ForwardStep, SagaStep } from './order-saga-steps';

export type SagaStatus =
  | 'not-started'
  | 'running'
  | 'compensating'
  | 'completed'
  | 'compensated'
  | 'stuck';

/** The saga's state, folded from its own events only (it is event-sourced in its own stream). */
export interface OrderSagaState {
  readonly orderId: string;
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

/** True once the saga will take no further step on its own. */
export function isSagaFinished(state: OrderSagaState): boolean {
  return state.status === 'completed' || state.status === 'compensated' || state.status === 'stuck';
}
