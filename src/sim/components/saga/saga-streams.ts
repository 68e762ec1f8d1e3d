import { partitionKeyOf } from '../../../core/bus/partition-key';
import type { CommandOutcome, Loaded } from '../../../core/cqrs/command-step';
import { handleCommandSync, loadSync } from '../../../core/cqrs/handle-command-sync';
import type { Result } from '../../../core/cqrs/result';
import type { SyncEventStore } from '../../../core/cqrs/sync-event-store';
import type { ConcurrencyError } from '../../../core/errors/errors';
import type { Cause, MessageFactory } from '../../../core/messages/factory';
import type { OrderSagaCommand } from '../../../core/saga/order-saga-commands';
import type { OrderSagaDecider } from '../../../core/saga/order-saga-decider';
import { initialSagaState, type OrderSagaState } from '../../../core/saga/order-saga-state';
import { orderIdOfSagaStream } from '../../../core/saga/saga-stream-id';
import { followSagaEvents, newSagaInstance, type SagaInstance } from './saga-instance';

/**
 * One saga component's view of its streams `saga-<orderId>`: each folded as the kernel's command
 * handling last loaded or appended to it, and, beside it, which step each saga has armed.
 */
export class SagaStreams {
  /** Each stream as last loaded or appended to (the kernel's `loadedStreams`). */
  private readonly loaded = new Map<string, Loaded<OrderSagaState>>();

  constructor(
    /** Rebuilt when the saga's settings change; folding needs none of them. */
    public decider: OrderSagaDecider,
    private readonly store: SyncEventStore,
    private readonly messages: MessageFactory,
    /** The component id written as each event's `source`. */
    private readonly source: string,
  ) {}

  /** The saga's state as last loaded or appended to. */
  stateOf(saga: SagaInstance): OrderSagaState {
    return this.loaded.get(saga.streamId)?.state ?? initialSagaState;
  }

  /**
   * Folds what the saga's stream gained since it was last folded: nothing while this component
   * is the stream's only writer, another writer's events (a second saga on the same orders), or
   * the whole stream after a restart. Returns the saga's state.
   */
  sync(saga: SagaInstance): OrderSagaState {
    const from = this.loaded.get(saga.streamId);
    const next = loadSync(this.decider, this.store, saga.streamId, from);
    if (next === from) return next.state;
    this.loaded.set(saga.streamId, next);
    const gained = this.store.readStreamSync(saga.streamId, (from?.version ?? 0) + 1);
    followSagaEvents(saga, gained, next.state);
    return next.state;
  }

  /**
   * The kernel's command handling on the saga's stream: load, decide, append at the loaded
   * version. The events are caused by what led to the command (a delivery, or the step a timer
   * guards) and partitioned by the order's key (the saga's `partitionKey`), so one order's saga
   * events keep their order on the bus, on the order's partition.
   */
  handle(
    saga: SagaInstance,
    command: OrderSagaCommand,
    cause: Cause,
  ): Result<CommandOutcome, ConcurrencyError> {
    const handled = handleCommandSync(this.decider, this.store, saga.streamId, command, {
      toEnvelopes: (events) =>
        events.map((event) =>
          this.messages.event(event.type, event.data, {
            source: this.source,
            cause,
            partitionKey: saga.partitionKey,
          }),
        ),
      loadedStreams: this.loaded,
    });
    if (handled.ok && handled.value.events.length > 0) {
      followSagaEvents(saga, handled.value.events, this.stateOf(saga));
    }
    return handled;
  }

  /** A crash loses what was folded: the streams are folded again from the log on restart. */
  forget(): void {
    this.loaded.clear();
  }

  /**
   * Rebuilds every saga this component wrote by folding its streams from the log: the saga's
   * state is its events, so nothing kept in memory is needed to carry on after a crash. Each
   * saga's `armed` is then the start of the step still awaiting an answer, whose timeout must
   * be armed again.
   */
  recover(): SagaInstance[] {
    const sagas = new Map<string, SagaInstance>();
    // In log order, so sagas are recovered (and their timers armed) in the order they started.
    for (const event of this.store.readAllSync()) {
      if (event.source !== this.source) continue;
      const orderId = orderIdOfSagaStream(event.streamId);
      if (orderId === null || sagas.has(orderId)) continue;
      // The saga's first event carries the order's key, as every later one does.
      sagas.set(orderId, newSagaInstance(orderId, partitionKeyOf(event)));
    }
    for (const saga of sagas.values()) this.sync(saga);
    return [...sagas.values()];
  }
}
