/**
 * The orchestrated Order saga's steps: reserve inventory -> process payment -> confirm order ->
 * send notification. A step that completed and later has to be undone has a compensation.
 */
export const forwardSteps = [
  'reserve-inventory',
  'process-payment',
  'confirm-order',
  'send-notification',
] as const;
export type ForwardStep = (typeof forwardSteps)[number];

export const compensationSteps = ['release-inventory', 'refund-payment', 'cancel-order'] as const;
export type CompensationStep = (typeof compensationSteps)[number];

/**
 * Cancels an order that was never confirmed. Not a compensation (no completed step to undo):
 * it is how a failed saga ends for an order still pending.
 */
export type RejectStep = 'reject-order';
export type SagaStep = ForwardStep | CompensationStep | RejectStep;

/** Which participant role handles a step. The simulator maps roles to connected components. */
export type ParticipantRole = 'inventory' | 'payment' | 'order-service' | 'notification';

export interface StepDefinition {
  readonly command: string;
  readonly participant: ParticipantRole;
  /** Event type a participant emits when the step succeeded. */
  readonly succeeded: string;
  /** Event type a participant emits when the step failed. */
  readonly failed: string;
}

export const stepDefinitions: Readonly<Record<SagaStep, StepDefinition>> = {
  'reserve-inventory': {
    command: 'ReserveInventory',
    participant: 'inventory',
    succeeded: 'inventory.reserved',
    failed: 'inventory.reservation-failed',
  },
  'process-payment': {
    command: 'ProcessPayment',
    participant: 'payment',
    succeeded: 'payment.processed',
    failed: 'payment.failed',
  },
  'confirm-order': {
    command: 'ConfirmOrder',
    participant: 'order-service',
    succeeded: 'order.confirmed',
    failed: 'order.confirmation-failed',
  },
  'send-notification': {
    command: 'SendNotification',
    participant: 'notification',
    succeeded: 'notification.email.sent',
    failed: 'notification.failed',
  },
  'release-inventory': {
    command: 'ReleaseInventory',
    participant: 'inventory',
    succeeded: 'inventory.released',
    failed: 'inventory.release-failed',
  },
  'refund-payment': {
    command: 'RefundPayment',
    participant: 'payment',
    succeeded: 'payment.refunded',
    failed: 'payment.refund-failed',
  },
  'cancel-order': {
    command: 'CancelOrder',
    participant: 'order-service',
    succeeded: 'order.cancelled',
    failed: 'order.cancellation-failed',
  },
  'reject-order': {
    command: 'CancelOrder',
    participant: 'order-service',
    succeeded: 'order.cancelled',
    failed: 'order.cancellation-failed',
  },
};

/** The compensation that undoes a completed forward step, if it needs one. */
export const compensationOf: Readonly<Record<ForwardStep, CompensationStep | null>> = {
  'reserve-inventory': 'release-inventory',
  'process-payment': 'refund-payment',
  'confirm-order': 'cancel-order',
  // A sent notification cannot be unsent; the cancellation notice is the order's own event.
  'send-notification': null,
};

/** True for the steps that undo a completed forward step. */
export function isCompensation(step: SagaStep): step is CompensationStep {
  return (compensationSteps as readonly string[]).includes(step);
}

/** Every event type a participant may answer the saga with. */
export const replyEventTypes: ReadonlySet<string> = new Set(
  Object.values(stepDefinitions).flatMap((definition) => [definition.succeeded, definition.failed]),
);
