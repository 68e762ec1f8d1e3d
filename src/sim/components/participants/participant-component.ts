import type { Command } from '../../../core/messages/command';
import type { JsonObject } from '../../../core/messages/json';
import type { ParticipantRole } from '../../../core/saga/order-saga-steps';
import type { SimContext } from '../../engine/sim-context';
import type { LatencySettings } from '../../scenario/component-configs';
import { componentKindInfo } from '../../scenario/component-kinds';
import type { ScenarioComponent } from '../../scenario/scenario-schema';
import { BaseComponent } from '../base-component';
import {
  type ParticipantStep,
  readStepCommand,
  type StepCommandData,
  stepsOf,
} from './participant-steps';

type ParticipantDefinition = Extract<
  ScenarioComponent,
  { kind: 'inventory' | 'payment' | 'notification' }
>;

/** An event a participant answers with (its type and plain-JSON payload). */
export interface Reply {
  readonly type: string;
  readonly data: JsonObject;
}

/**
 * A service the saga commands (Inventory, Payment, Notification). Each command takes a drawn
 * latency; a crash meanwhile loses it (the saga's timeout notices), an injected failure answers
 * with the step's failure event, and otherwise the subclass applies it idempotently per order.
 * Replies go to `<id>-<orderId>` and on along this component's connections (bus or saga).
 */
export abstract class ParticipantComponent extends BaseComponent {
  private readonly latency: LatencySettings;
  private readonly steps: ReadonlyMap<string, ParticipantStep>;
  /** Bumped by a crash: requests being handled when it happened are lost. */
  private epoch = 0;

  constructor(ctx: SimContext, definition: ParticipantDefinition, role: ParticipantRole) {
    super(ctx, definition);
    this.latency = definition.config.latency;
    this.steps = stepsOf(role);
  }

  /** Applies a successful step (idempotently per order) and says what to answer. */
  protected abstract perform(step: ParticipantStep, data: StepCommandData): Reply[];

  override receiveCommand(command: Command): void {
    this.metrics.received += 1;
    this.metrics.inFlight += 1;
    const epoch = this.epoch;
    const latency = this.drawLatency(this.latency);
    // No waiting line: every command is served at once (an M/G/infinity server).
    const arrivedAt = this.ctx.scheduler.now();
    this.capacity.arrive(arrivedAt);
    this.capacity.startService(arrivedAt);
    this.ctx.scheduler.schedule(
      latency,
      () => {
        if (epoch !== this.epoch || this.faults.down) return; // lost in a crash: the saga times out
        this.capacity.endService(this.ctx.scheduler.now());
        this.capacity.depart(this.ctx.scheduler.now(), arrivedAt);
        this.metrics.inFlight -= 1;
        this.metrics.latency.record(latency);
        this.handle(command);
      },
      `${this.id} ${command.type}`,
    );
  }

  protected override onCrash(): void {
    this.epoch += 1;
    this.metrics.count('lostInCrash', this.metrics.inFlight);
    this.capacity.crashed(this.ctx.scheduler.now(), this.metrics.inFlight);
    this.metrics.inFlight = 0;
  }

  private handle(command: Command): void {
    const step = this.steps.get(command.type);
    const data = readStepCommand(command.data);
    if (!step || !data) {
      this.metrics.count('unknownCommands');
      const why = step ? 'names no orderId' : 'is not one it handles';
      this.reportFailure(`${this.name}: command ${command.type} ${why}`, command);
      return;
    }
    if (this.faults.shouldFail(this.random)) {
      const reason = `${componentKindInfo[this.kind].label} failed`;
      this.reportFailure(`${this.name}: ${command.type} for ${data.orderId} failed`, command);
      this.reply(command, data.orderId, [
        { type: step.definition.failed, data: { orderId: data.orderId, reason, retryable: true } },
      ]);
      return;
    }
    this.metrics.handled += 1;
    this.reply(command, data.orderId, this.perform(step, data));
  }

  private reply(command: Command, orderId: string, replies: readonly Reply[]): void {
    const events = replies.map((reply) =>
      this.ctx.factory.event(reply.type, reply.data, {
        source: this.id,
        cause: command,
        // The saga's commands carry the order's key: its replies stay on the order's partition.
        partitionKey: command.metadata.partitionKey ?? orderId,
      }),
    );
    this.ctx.emit(this, `${this.id}-${orderId}`, events);
  }

  /** Counts a command that was already applied: answering success again is what a retry needs. */
  protected repeated(): void {
    this.metrics.count('idempotentRepeats');
  }
}
