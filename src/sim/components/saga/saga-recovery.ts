import type { StoredEvent } from '../../../core/messages/event';
import { isSagaFinished } from '../../../core/saga/order-saga-state';
import { orderIdOfSagaStream, sagaStreamId } from '../../../core/saga/saga-stream-id';
import type { InMemoryEventStore } from '../../../core/store/in-memory-event-store';
import { contextOf, foldSagaEvent, newSagaInstance, type SagaInstance } from './saga-instance';

/** A saga rebuilt from its stream, with the start of the step still awaiting an answer. */
export interface RecoveredSaga {
  readonly saga: SagaInstance;
  /** The `saga.step.started` of the step in flight, whose timeout must be armed again. */
  readonly inFlight: StoredEvent | null;
}

/**
 * Rebuilds every saga a saga component wrote, by folding its streams from the log: the saga's
 * state is its events, so nothing kept in memory is needed to carry on after a crash.
 */
export function recoverSagas(log: InMemoryEventStore, sagaId: string): RecoveredSaga[] {
  const sagas = new Map<string, SagaInstance>();
  const lastStarted = new Map<string, StoredEvent>();
  // One pass over the log in position order is also version order within each stream.
  for (const event of log.readAllSync()) {
    if (event.source !== sagaId) continue;
    const orderId = orderIdOfSagaStream(event.streamId);
    if (orderId === null) continue;
    let saga = sagas.get(orderId);
    if (!saga) {
      saga = newSagaInstance(orderId, contextOf(undefined));
      sagas.set(orderId, saga);
    }
    foldSagaEvent(saga, event);
    if (event.type === 'saga.step.started') lastStarted.set(orderId, event);
  }
  const recovered: RecoveredSaga[] = [];
  for (const saga of sagas.values()) {
    const started = lastStarted.get(saga.orderId);
    const awaiting =
      !isSagaFinished(saga.state) &&
      saga.state.current !== null &&
      started !== undefined &&
      (started.data as { step?: unknown }).step === saga.state.current;
    recovered.push({ saga, inFlight: awaiting ? (started ?? null) : null });
  }
  return recovered;
}

/**
 * Folds one saga stream from the log again (after another writer changed it). The step that
 * writer started becomes the one whose answers count; its timeout is that writer's to fire.
 */
export function reloadSaga(log: InMemoryEventStore, saga: SagaInstance): void {
  for (const event of log.readStreamSync(sagaStreamId(saga.orderId), saga.version + 1)) {
    foldSagaEvent(saga, event);
    if (event.type === 'saga.step.started' && saga.state.current !== null) saga.armedBy = event.id;
  }
}
