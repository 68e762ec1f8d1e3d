import type { StoredEvent } from '../../core/messages/event';
import type { ForwardStep } from '../../core/saga/order-saga-steps';
import { BoundedMap } from './bounded-map';
import type { InvariantWarning } from './invariant-warning';
import { isForwardStep, undoes } from './saga-bar';

interface SagaMemory {
  readonly succeeded: Set<ForwardStep>;
  readonly flagged: Set<string>;
}

/**
 * A compensation must undo something: in a saga stream, `release-inventory`, `refund-payment`
 * and `cancel-order` may only start after the forward step they undo succeeded (a late success
 * counts: the step did complete). A stream this rule has not seen from its first saga event (it
 * was fed from the middle, or forgot the stream to stay bounded) is not judged: no false alarms.
 */
export class CompensationRule {
  private readonly sagas: BoundedMap<string, SagaMemory>;

  constructor(memory: number) {
    this.sagas = new BoundedMap(memory);
  }

  check(event: StoredEvent): InvariantWarning | null {
    if (!event.type.startsWith('saga.')) return null;
    const data = event.data as { step?: unknown; attempt?: unknown };
    if (event.type === 'saga.started') {
      this.sagas.set(event.streamId, { succeeded: new Set(), flagged: new Set() });
      return null;
    }
    const memory = this.sagas.get(event.streamId);
    const step = typeof data.step === 'string' ? data.step : '';
    if (!memory) return null;
    if (event.type === 'saga.step.succeeded' && isForwardStep(step)) memory.succeeded.add(step);
    if (event.type !== 'saga.step.started') return null;
    const forward = undoes[step];
    if (forward === undefined || memory.succeeded.has(forward) || memory.flagged.has(step)) {
      return null;
    }
    memory.flagged.add(step);
    return {
      kind: 'compensation-without-forward',
      message: `Saga ${event.streamId} started compensation ${step} (attempt ${String(data.attempt)}) but ${forward}, the step it undoes, never succeeded in this saga`,
      eventIds: [event.id],
      componentIds: [event.source],
      position: event.position,
      time: event.time,
    };
  }
}
