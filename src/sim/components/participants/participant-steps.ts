import {
  type ParticipantRole,
  type SagaStep,
  type StepDefinition,
  stepDefinitions,
} from '../../../core/saga/order-saga-steps';

/** A saga step as one participant sees it: the step, and its reply event types. */
export interface ParticipantStep {
  readonly step: SagaStep;
  readonly definition: StepDefinition;
}

/** The steps a role handles, by command type (`ReserveInventory` -> reserve-inventory). */
export function stepsOf(role: ParticipantRole): ReadonlyMap<string, ParticipantStep> {
  const steps = new Map<string, ParticipantStep>();
  for (const [step, definition] of Object.entries(stepDefinitions) as [
    SagaStep,
    StepDefinition,
  ][]) {
    if (definition.participant === role && !steps.has(definition.command)) {
      steps.set(definition.command, { step, definition });
    }
  }
  return steps;
}

/** The fields a saga puts in a step command (see the saga's stepCommandData). */
export interface StepCommandData {
  readonly orderId: string;
  readonly userId?: string;
  readonly total?: number;
  readonly items?: unknown;
  readonly reason?: string;
}

/** Reads a step command's payload; null when it names no order. */
export function readStepCommand(data: unknown): StepCommandData | null {
  const fields = (data ?? {}) as Record<string, unknown>;
  return typeof fields.orderId === 'string' ? (fields as unknown as StepCommandData) : null;
}
