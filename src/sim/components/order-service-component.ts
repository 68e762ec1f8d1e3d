import type { Command } from '../../core/messages/command';
import type { OrderCommand } from '../../core/order/order-commands';
import { orderDecider } from '../../core/order/order-decider';
import { orderStreamId } from '../../core/order/order-events';
import type { OrderState } from '../../core/order/order-state';
import type { SimContext } from '../engine/sim-context';
import type { ComponentConfigs } from '../scenario/component-kinds';
import type { ScenarioComponent } from '../scenario/scenario-schema';
import { BaseComponent } from './base-component';

type OrderServiceDefinition = Extract<ScenarioComponent, { kind: 'order-service' }>;

/** Failure replies for commands a saga waits on. */
const failureReply: Partial<Record<OrderCommand['type'], string>> = {
  ConfirmOrder: 'order.confirmation-failed',
  CancelOrder: 'order.cancellation-failed',
};

/**
 * Handles order commands through the Order decider: load (cached fold of the stream), decide,
 * append with the expected version read at load. Its events reach the bus through the store it
 * appends to; refusals and failures of saga commands are answered with failure events.
 */
export class OrderServiceComponent extends BaseComponent {
  private readonly config: ComponentConfigs['order-service'];
  /** The folded state and version of each order stream (this service is its only writer). */
  private readonly orders = new Map<string, { state: OrderState; version: number }>();

  constructor(ctx: SimContext, definition: OrderServiceDefinition) {
    super(ctx, definition);
    this.config = definition.config;
  }

  override receiveCommand(command: Command): void {
    this.metrics.received += 1;
    this.metrics.queueDepth += 1;
    const latency = this.drawLatency(this.config.latency);
    this.ctx.scheduler.schedule(
      latency,
      () => {
        this.metrics.queueDepth -= 1;
        if (this.faults.down) return; // crashed while handling: the sender's timeout notices
        this.metrics.latency.record(latency);
        this.handle(command as Command & OrderCommand);
      },
      `order-service ${command.type}`,
    );
  }

  private handle(command: Command & OrderCommand): void {
    const { orderId } = command.data;
    const storeDown = this.ctx.targets(this.id, 'appends').some((store) => store.faults.down);
    if (storeDown || this.faults.shouldFail(this.random)) {
      const reason = storeDown ? 'event store unavailable' : `${this.name} failed`;
      this.reportFailure(reason, command);
      this.reply(command, reason, true);
      return;
    }
    const loaded = this.orders.get(orderId) ?? { state: orderDecider.initialState, version: 0 };
    const decision = orderDecider.decide(command, loaded.state);
    if (!decision.ok) {
      this.metrics.count('refused');
      this.reply(command, decision.error.message, false);
      return;
    }
    if (decision.events.length === 0) {
      // The decider's idempotent repeat (a duplicate delivery, a saga retry): nothing to record.
      this.metrics.count('idempotentRepeats');
      this.metrics.handled += 1;
      return;
    }
    const partitionKey = command.metadata.partitionKey ?? orderId;
    const envelopes = decision.events.map((event) =>
      this.ctx.factory.event(event.type, event.data, {
        source: this.id,
        cause: command,
        partitionKey,
        metadata: command.metadata,
      }),
    );
    const streamId = orderStreamId(orderId);
    this.ctx.emit(this, streamId, envelopes, loaded.version);
    let state = loaded.state;
    for (const event of decision.events) state = orderDecider.evolve(state, event);
    this.orders.set(orderId, { state, version: loaded.version + decision.events.length });
    this.metrics.handled += 1;
  }

  /** Answers a saga command that failed; other senders learn from the system event. */
  private reply(command: Command & OrderCommand, reason: string, retryable: boolean): void {
    const type = failureReply[command.type];
    if (!type) {
      this.metrics.count('commandsLost');
      return;
    }
    const { orderId } = command.data;
    const event = this.ctx.factory.event(
      type,
      { orderId, reason, retryable },
      {
        source: this.id,
        cause: command,
        partitionKey: orderId,
      },
    );
    this.ctx.emit(this, `${this.id}-${orderId}`, [event]);
  }
}
