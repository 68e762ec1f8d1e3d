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

/**
 * `cancel-order` undid a confirmed order when confirm-order was still compensatable; since it is
 * retriable no saga starts it, but logs recorded before still hold it and still read.
 */
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

/**
 * The three kinds of saga step (Chris Richardson, "Microservices Patterns" ch. 4 and
 * microservices.io "Saga", after Garcia-Molina & Salem 1987 "Sagas"): a compensatable step can be
 * undone by a compensating step; the pivot is the go/no-go point: once it succeeds the saga runs
 * to completion; the retriable steps after it are retried until they succeed and are never undone.
 */
export type StepKind = 'compensatable' | 'pivot' | 'retriable';

/**
 * The kind of each forward step, in order: compensatables, one pivot, retriables. The payment is
 * the pivot, as authorizing the card is in Richardson's Create Order saga: once the customer is
 * charged the order goes forward, so a failing notification never refunds an order that
 * Shipping may already have delivered.
 */
export const stepKinds: Readonly<Record<ForwardStep, StepKind>> = {
  'reserve-inventory': 'compensatable',
  'process-payment': 'pivot',
  'confirm-order': 'retriable',
  'send-notification': 'retriable',
};

/** True for a step after the pivot: retried until it succeeds, never compensated. */
export function isRetriable(step: SagaStep): boolean {
  return Object.hasOwn(stepKinds, step) && stepKinds[step as ForwardStep] === 'retriable';
}

/**
 * The compensation that undoes a completed forward step, if it needs one. Retriable steps have
 * none: nothing after the pivot is undone. The pivot keeps its refund for one case only: a charge
 * given up after it timed out that succeeded late (the saga was already compensating).
 */
export const compensationOf: Readonly<Record<ForwardStep, CompensationStep | null>> = {
  'reserve-inventory': 'release-inventory',
  'process-payment': 'refund-payment',
  'confirm-order': null,
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
