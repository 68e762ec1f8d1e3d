import { partitionKeyOf } from '../../../core/bus/partition-key';
import type { StoredEvent } from '../../../core/messages/event';
import type { Cause } from '../../../core/messages/factory';
import type { OrderSagaCommand } from '../../../core/saga/order-saga-commands';
import { type OrderSagaDecider, orderSagaDecider } from '../../../core/saga/order-saga-decider';
import {
  type ParticipantRole,
  replyEventTypes,
  stepDefinitions,
} from '../../../core/saga/order-saga-steps';
import { ComponentEventStore } from '../../engine/component-event-store';
import type { Delivery, SimComponent } from '../../engine/sim-component';
import type { SimContext } from '../../engine/sim-context';
import type { ComponentMetricsSnapshot } from '../../metrics/component-metrics';
import type { LatencySettings } from '../../scenario/component-configs';
import type { ComponentConfigs } from '../../scenario/component-kinds';
import type { ScenarioComponent } from '../../scenario/scenario-schema';
import { BaseComponent } from '../base-component';
import { replyCommand, startCommand, timeoutCommand, unsendableCommand } from './saga-commands';
import { isArmed, newSagaInstance, type SagaInstance } from './saga-instance';
import { countOutcome, runningSagas, sagaCounters } from './saga-outcomes';
import { recordedSuccess } from './saga-recorded-answer';
import { isStaleFailure } from './saga-replies';
import {
  participantsByRole,
  type StepStartedData,
  stepCommandData,
  stepCommandId,
} from './saga-step-command';
import { SagaStreams } from './saga-streams';

type SagaDefinition = Extract<ScenarioComponent, { kind: 'saga' }>;

/** Handling one delivery only decides and appends, so it is quick next to the participants. */
const PROCESSING: LatencySettings = { medianMs: 0.2, sigma: 0.2 };
/** Wait before handling a delivery again after an injected failure (it keeps its place). */
const HANDLING_RETRY_MS = 100;

/**
 * The Order saga orchestrator on the canvas, a thin adapter around the kernel's saga decider
 * (src/core/saga/order-saga-decider.ts). It turns `order.placed`, participants' replies and its
 * own timers into the decider's commands and has the kernel's command handling load
 * `saga-<orderId>`, decide and append at the loaded version (its state is those events); it
 * turns each `saga.step.started` into the step's command plus a timeout. A crash loses only
 * memory: on restart it folds its streams from the log and re-arms timers.
 */
export class SagaComponent extends BaseComponent {
  private readonly config: ComponentConfigs['saga'];
  private readonly streams: SagaStreams;
  /** The run's log, read for a participant's recorded answer (and written through `streams`). */
  private readonly store: ComponentEventStore;
  private readonly sagas = new Map<string, SagaInstance>();
  private participants = new Map<ParticipantRole, SimComponent>();
  /** Bumped by a crash: timers and work scheduled before it are void. */
  private epoch = 0;

  constructor(ctx: SimContext, definition: SagaDefinition) {
    super(ctx, definition);
    this.config = definition.config;
    this.store = new ComponentEventStore(ctx, this);
    this.streams = new SagaStreams(this.deciderOfConfig(), this.store, ctx.factory, this.id);
    for (const name of sagaCounters) this.metrics.count(name, 0);
  }

  protected override onReconfigure(): void {
    this.streams.decider = this.deciderOfConfig();
  }

  private deciderOfConfig(): OrderSagaDecider {
    const { maxStepAttempts, maxCompensationAttempts, retryIntervalMs, maximumIntervalMs } =
      this.config;
    return orderSagaDecider({
      maxStepAttempts,
      maxCompensationAttempts,
      retryIntervalMs,
      maximumIntervalMs,
    });
  }

  override accepts(type: string): boolean {
    return type === 'order.placed' || replyEventTypes.has(type);
  }

  protected override onStart(): void {
    this.participants = participantsByRole(this.ctx.targets(this.id, 'commands'));
  }

  override deliver(delivery: Delivery): void {
    this.metrics.received += 1;
    this.metrics.inFlight += 1;
    this.process(delivery, this.epoch, 0);
  }

  /** Handles a delivery after the processing time; an injected failure retries it shortly. */
  private process(delivery: Delivery, epoch: number, waitMs: number): void {
    const delay = waitMs + this.drawLatency(PROCESSING);
    this.ctx.scheduler.schedule(
      delay,
      () => {
        // Crashed meanwhile: the bus hands the event out again from its committed offset.
        if (epoch !== this.epoch) return;
        const { event } = delivery;
        if (this.faults.shouldFail(this.random)) {
          this.reportFailure(`${this.name} failed handling ${event.type}`, event);
          this.process(delivery, epoch, HANDLING_RETRY_MS);
          return;
        }
        this.metrics.inFlight -= 1;
        this.metrics.latency.record(delay);
        this.handle(event);
        this.metrics.handled += 1;
        delivery.done('handled');
      },
      'saga delivery',
    );
  }

  protected override onCrash(): void {
    this.epoch += 1;
    this.sagas.clear();
    this.streams.forget();
    this.metrics.inFlight = 0;
  }

  protected override onRestart(): void {
    let rearmed = 0;
    for (const saga of this.streams.recover()) {
      this.sagas.set(saga.orderId, saga);
      if (!saga.armed) continue;
      // The command may or may not have gone out before the crash: a fresh timeout settles it.
      this.armTimeout(saga, saga.armed, this.config.stepTimeoutMs);
      rearmed += 1;
    }
    this.metrics.count('sagasRecovered', this.sagas.size);
    this.ctx.system(this, 'system.saga.recovered', { sagas: this.sagas.size, inFlight: rearmed });
  }

  override snapshot(): ComponentMetricsSnapshot {
    this.metrics.extra.sagasRunning = runningSagas(this.metrics.extra);
    return super.snapshot();
  }

  private handle(event: StoredEvent): void {
    const data = (event.data ?? {}) as Record<string, unknown>;
    const orderId = data.orderId;
    if (typeof orderId !== 'string') {
      this.metrics.count('eventsWithoutOrderId');
      return;
    }
    if (event.type === 'order.placed') {
      let saga = this.sagas.get(orderId);
      if (!saga) {
        saga = newSagaInstance(orderId, partitionKeyOf(event));
        this.sagas.set(orderId, saga);
      }
      this.decide(saga, startCommand(orderId, data), event);
      return;
    }
    const saga = this.sagas.get(orderId);
    if (!saga) {
      this.metrics.count('repliesWithoutSaga');
      return;
    }
    const state = this.streams.sync(saga);
    if (isStaleFailure(saga, state, event)) {
      this.metrics.count('staleFailures');
      return;
    }
    const failed = state.current !== null && event.type === stepDefinitions[state.current].failed;
    if (failed) this.decideTrouble(saga, replyCommand(event), event);
    else this.decide(saga, replyCommand(event), event);
  }

  /**
   * Decides a failure or a timeout of the current step, unless it is a retriable step whose
   * success the participant already recorded in the log (src/sim/components/saga/
   * saga-recorded-answer.ts): then that success answers it.
   */
  private decideTrouble(saga: SagaInstance, command: OrderSagaCommand, cause: Cause): void {
    const state = this.streams.sync(saga);
    const role = state.current === null ? null : stepDefinitions[state.current].participant;
    const participant = role === null ? undefined : this.participants.get(role);
    const found = recordedSuccess(this.store, state, participant, this.config.maxStepAttempts);
    if (!found) {
      this.decide(saga, command, cause);
      return;
    }
    this.metrics.count('answersFoundInLog');
    this.decide(saga, replyCommand(found), found);
  }

  /**
   * Has the kernel load the saga's stream, decide and append at the loaded version, then acts on
   * what was decided. Another writer's events are folded first, so the outcome counted (the
   * status before and after) is this component's own.
   */
  private decide(saga: SagaInstance, command: OrderSagaCommand, cause: Cause): void {
    const before = this.streams.sync(saga);
    const handled = this.streams.handle(saga, command, cause);
    if (!handled.ok) {
      // Not while the engine steps synchronously (nothing runs between load and append); a
      // store that interleaved writers would land here, and the next command loads their events.
      this.reportFailure(`${handled.error.message}; ${this.name} dropped the command`, cause);
      return;
    }
    const { events } = handled.value;
    if (events.length === 0) {
      // Duplicates, redeliveries and answers to an earlier attempt match nothing current.
      this.metrics.count(command.type === 'HandleStepTimeout' ? 'staleTimeouts' : 'answersIgnored');
      return;
    }
    countOutcome(this.metrics, before.status, this.streams.stateOf(saga).status);
    for (const event of events) this.react(saga, event);
  }

  private react(saga: SagaInstance, event: StoredEvent): void {
    switch (event.type) {
      case 'saga.started':
        this.metrics.count('sagasStarted');
        return;
      case 'saga.step.started':
        this.startStep(saga, event);
        return;
      case 'saga.step.timed-out':
        this.metrics.count('stepTimeouts');
        return;
      case 'saga.stuck': {
        const { step, reason } = event.data as { step: string; reason: string };
        this.ctx.system(this, 'system.saga.stuck', { orderId: saga.orderId, step, reason }, event);
      }
    }
  }

  /** Sends the step's command after its delay and arms its timeout from the same moment. */
  private startStep(saga: SagaInstance, started: StoredEvent): void {
    const { attempt, compensation, delayMs } = started.data as StepStartedData;
    if (attempt > 1) this.metrics.count('stepRetries');
    if (compensation && attempt === 1) this.metrics.count('compensationsRun');
    const epoch = this.epoch;
    this.ctx.scheduler.schedule(
      delayMs,
      () => {
        if (epoch === this.epoch && isArmed(saga, started)) this.sendStep(saga, started);
      },
      'saga command',
    );
    this.armTimeout(saga, started, delayMs + this.config.stepTimeoutMs);
  }

  private sendStep(saga: SagaInstance, started: StoredEvent): void {
    const { step } = started.data as StepStartedData;
    const definition = stepDefinitions[step];
    const target = this.participants.get(definition.participant);
    if (!target) {
      saga.armed = null;
      const reason = `no ${definition.participant} connected`;
      this.reportFailure(`${this.name}: ${reason} for ${step}`, started);
      this.metrics.count('missingParticipants');
      this.decide(saga, unsendableCommand(step, reason), started);
      return;
    }
    const command = this.ctx.factory.command(
      definition.command,
      stepCommandData(this.streams.stateOf(saga), step),
      {
        id: stepCommandId(started.id),
        source: this.id,
        cause: started,
        metadata: { partitionKey: saga.partitionKey },
      },
    );
    this.ctx.send(this, target, command);
  }

  /** A timer that feeds a timeout unless the step it guards was answered or superseded. */
  private armTimeout(saga: SagaInstance, started: StoredEvent, afterMs: number): void {
    const epoch = this.epoch;
    this.ctx.scheduler.schedule(
      afterMs,
      () => {
        if (epoch !== this.epoch || !isArmed(saga, started)) return;
        this.decideTrouble(saga, timeoutCommand(started), started);
      },
      'saga timeout',
    );
  }
}
