import type { JsonObject } from '../../../core/messages/json';
import type { OrderSagaState } from '../../../core/saga/order-saga-state';
import type { ParticipantRole, SagaStep } from '../../../core/saga/order-saga-steps';
import type { SimComponent } from '../../engine/sim-component';

/** The fields of a `saga.step.started` payload the component acts on. */
export interface StepStartedData {
  readonly step: SagaStep;
  readonly attempt: number;
  readonly compensation: boolean;
  readonly delayMs: number;
}

/**
 * The id of the command a `saga.step.started` sends: derived from the event, so a saga that
 * restarted still knows which command the current attempt's answers point back to.
 */
export function stepCommandId(startedEventId: string): string {
  return `cmd-${startedEventId}`;
}

/** The payload of a step's command: the saga's order, and why, for a cancellation. */
export function stepCommandData(state: OrderSagaState, step: SagaStep): JsonObject {
  const { userId, total, items } = state.order;
  const data: JsonObject = { orderId: state.orderId, userId, total, items };
  if (step === 'cancel-order' || step === 'reject-order') {
    data.reason = state.failureReason ?? 'order saga compensated';
  }
  return data;
}

/**
 * Which connected component plays each participant role: the first command target of that
 * kind (the roles are named after the kinds that play them).
 */
export function participantsByRole(
  targets: readonly SimComponent[],
): Map<ParticipantRole, SimComponent> {
  const roles: readonly ParticipantRole[] = [
    'inventory',
    'payment',
    'order-service',
    'notification',
  ];
  const found = new Map<ParticipantRole, SimComponent>();
  for (const target of targets) {
    const role = roles.find((candidate) => candidate === target.kind);
    if (role && !found.has(role)) found.set(role, target);
  }
  return found;
}
