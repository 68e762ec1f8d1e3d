import { ConcurrencyError } from '../../../core/errors/errors';
import type { StoredEvent } from '../../../core/messages/event';
import type { Cause } from '../../../core/messages/factory';
import type { OrderSagaInput, OrderSagaSettings } from '../../../core/saga/order-saga-decide';
import { decideOrderSaga } from '../../../core/saga/order-saga-decide';
import {
  type ParticipantRole,
  replyEventTypes,
  stepDefinitions,
} from '../../../core/saga/order-saga-steps';
import type { Delivery, SimComponent } from '../../engine/sim-component';
import type { SimContext } from '../../engine/sim-context';
import type { ComponentMetricsSnapshot } from '../../metrics/component-metrics';
import type { LatencySettings } from '../../scenario/component-configs';
import type { ComponentConfigs } from '../../scenario/component-kinds';
import type { ScenarioComponent } from '../../scenario/scenario-schema';
import { BaseComponent } from '../base-component';
import {
  contextOf,
  foldSagaEvent,
  newSagaInstance,
  type SagaInstance,
  sagaPayload,
} from './saga-instance';
import { countOutcome, runningSagas, sagaCounters } from './saga-outcomes';
import { recoverSagas, reloadSaga } from './saga-recovery';
import { isStaleFailure, replyInput } from './saga-replies';
import {
  participantsByRole,
  type StepStartedData,
  stepCommandData,
  stepCommandId,
} from './saga-step-command';

type SagaDefinition = Extract<ScenarioComponent, { kind: 'saga' }>;

/** Handling one delivery only decides and appends, so it is quick next to the participants. */
const PROCESSING: LatencySettings = { medianMs: 0.2, sigma: 0.2 };
/** Wait before handling a delivery again after an injected failure (it keeps its place). */
const HANDLING_RETRY_MS = 100;

/**
 * The Order saga orchestrator on the canvas. It feeds `order.placed`, participants' replies and
 * its own timers to the pure decider, appends what it decides to `saga-<orderId>` (its state is
 * those events), and turns each `saga.step.started` into the step's command plus a timeout.
 * A crash loses only memory: on restart it folds its streams from the log and re-arms timers.
 */
export class SagaComponent extends BaseComponent {
  private readonly config: ComponentConfigs['saga'];
  private settings!: OrderSagaSettings;
  private readonly sagas = new Map<string, SagaInstance>();
  private participants = new Map<ParticipantRole, SimComponent>();
  /** Bumped by a crash: timers and work scheduled before it are void. */
  private epoch = 0;

  constructor(ctx: SimContext, definition: SagaDefinition) {
    super(ctx, definition);
    this.config = definition.config;
    this.onReconfigure();
    for (const name of sagaCounters) this.metrics.count(name, 0);
  }

  protected override onReconfigure(): void {
    const { maxStepAttempts, maxCompensationAttempts, retryIntervalMs } = this.config;
    this.settings = { maxStepAttempts, maxCompensationAttempts, retryIntervalMs };
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
    this.metrics.inFlight = 0;
  }

  protected override onRestart(): void {
    let rearmed = 0;
    for (const { saga, inFlight } of recoverSagas(this.ctx.log, this.id)) {
      this.sagas.set(saga.orderId, saga);
      if (!inFlight) continue;
      // The command may or may not have gone out before the crash: a fresh timeout settles it.
      saga.armedBy = inFlight.id;
      this.armTimeout(saga, inFlight, this.config.stepTimeoutMs);
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
        saga = newSagaInstance(orderId, contextOf(data));
        this.sagas.set(orderId, saga);
      }
      const { userId, total } = saga.context;
      this.decide(saga, { kind: 'start', orderId, userId, total }, event);
      return;
    }
    const saga = this.sagas.get(orderId);
    if (!saga) {
      this.metrics.count('repliesWithoutSaga');
      return;
    }
    if (isStaleFailure(saga, event)) {
      this.metrics.count('staleFailures');
      return;
    }
    this.decide(saga, replyInput(event), event);
  }

  /** Decides, appends with the stream's expected version, folds, then acts on what it decided. */
  private decide(saga: SagaInstance, input: OrderSagaInput, cause: Cause): void {
    const decided = decideOrderSaga(saga.state, input, this.settings);
    if (decided.length === 0) {
      // Duplicates, redeliveries and answers to an earlier attempt match nothing current.
      this.metrics.count(input.kind === 'timeout' ? 'staleTimeouts' : 'answersIgnored');
      return;
    }
    const envelopes = decided.map((event) =>
      this.ctx.factory.event(event.type, sagaPayload(saga, event), {
        source: this.id,
        cause,
        partitionKey: saga.orderId,
      }),
    );
    let stored: readonly StoredEvent[];
    try {
      stored = this.ctx.emit(this, saga.streamId, envelopes, saga.version).appended;
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      // Another writer (a second saga on the same orders) changed the stream: catch up, skip.
      this.reportFailure(`${error.message}; ${this.name} reloaded the saga`, cause);
      reloadSaga(this.ctx.log, saga);
      return;
    }
    const before = saga.state.status;
    for (const event of stored) foldSagaEvent(saga, event);
    countOutcome(this.metrics, before, saga.state.status);
    for (const event of stored) this.react(saga, event);
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
    saga.armedBy = started.id;
    const epoch = this.epoch;
    this.ctx.scheduler.schedule(
      delayMs,
      () => {
        if (epoch === this.epoch && saga.armedBy === started.id) this.sendStep(saga, started);
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
      saga.armedBy = null;
      const reason = `no ${definition.participant} connected`;
      this.reportFailure(`${this.name}: ${reason} for ${step}`, started);
      this.metrics.count('missingParticipants');
      const failed: OrderSagaInput = {
        kind: 'reply',
        eventType: definition.failed,
        reason,
        retryable: false,
      };
      this.decide(saga, failed, started);
      return;
    }
    const command = this.ctx.factory.command(definition.command, stepCommandData(saga, step), {
      id: stepCommandId(started.id),
      source: this.id,
      cause: started,
      metadata: { partitionKey: saga.orderId },
    });
    this.ctx.send(this, target, command);
  }

  /** A timer that feeds a timeout unless the step it guards was answered or superseded. */
  private armTimeout(saga: SagaInstance, started: StoredEvent, afterMs: number): void {
    const epoch = this.epoch;
    const { step, attempt } = started.data as StepStartedData;
    this.ctx.scheduler.schedule(
      afterMs,
      () => {
        if (epoch !== this.epoch || saga.armedBy !== started.id) return;
        this.decide(saga, { kind: 'timeout', step, attempt }, started);
      },
      'saga timeout',
    );
  }
}
