import type { Loaded } from '../../core/cqrs/command-step';
import { ConcurrencyError } from '../../core/errors/errors';
import type { Command } from '../../core/messages/command';
import {
  handleOrderCommandSync,
  type OrderCommandEnvelope,
} from '../../core/order/order-command-handlers';
import type { OrderCommand } from '../../core/order/order-commands';
import { orderPartitionKey } from '../../core/order/order-partition-key';
import type { OrderState } from '../../core/order/order-state';
import { ComponentEventStore } from '../engine/component-event-store';
import type { SimContext } from '../engine/sim-context';
import type { ComponentConfigs } from '../scenario/component-kinds';
import type { ScenarioComponent } from '../scenario/scenario-schema';
import { BaseComponent } from './base-component';
import { ServerPool } from './server-pool';

type OrderServiceDefinition = Extract<ScenarioComponent, { kind: 'order-service' }>;

/** A command received and not yet handled, with the virtual time it arrived. */
interface WaitingCommand {
  readonly command: Command;
  readonly arrivedAt: number;
}

/** Failure replies for commands a saga waits on. */
const failureReply: Partial<Record<OrderCommand['type'], string>> = {
  ConfirmOrder: 'order.confirmation-failed',
  CancelOrder: 'order.cancellation-failed',
};

/**
 * Handles order commands through the kernel (src/core/order/order-command-handlers.ts): load the
 * order's stream, decide, append with the expected version read at load. Its events reach the
 * bus through the store it appends to; refusals and failures of saga commands are answered with
 * failure events, and a repeat of a command the order already went through (a duplicate
 * delivery, a saga retry) is counted as `idempotentRepeats`; the orders it placed as `ordersPlaced`.
 */
export class OrderServiceComponent extends BaseComponent {
  private readonly config: ComponentConfigs['order-service'];
  /** The run's log, appended to through SimContext.emit so events are routed as always. */
  private readonly store: ComponentEventStore;
  /** Each order stream as last loaded, so a command folds only the events stored since. */
  private readonly loadedStreams = new Map<string, Loaded<OrderState>>();
  /** Its instances and their one waiting line (unbounded unless `instances` is set). */
  private readonly servers = new ServerPool<WaitingCommand>(
    () => this.config.instances,
    (job, finished) => this.serve(job, finished),
  );

  constructor(ctx: SimContext, definition: OrderServiceDefinition) {
    super(ctx, definition);
    this.config = definition.config;
    this.store = new ComponentEventStore(ctx, this);
    this.onReconfigure();
  }

  /** Its capacity counts the instances it runs now (an edit applies to the next command). */
  protected override onReconfigure(): void {
    this.capacity.setServers(this.config.instances ?? null);
  }

  override receiveCommand(command: Command): void {
    this.metrics.received += 1;
    this.metrics.queueDepth += 1;
    this.capacity.arrive(this.ctx.scheduler.now());
    this.servers.submit({ command, arrivedAt: this.ctx.scheduler.now() });
  }

  /** One command's service: its drawn latency, then the kernel's handling (unless crashed). */
  private readonly serve = (job: WaitingCommand, finished: () => void): void => {
    const { command, arrivedAt } = job;
    const latency = this.drawLatency(this.config.latency);
    this.capacity.startService(this.ctx.scheduler.now());
    this.ctx.scheduler.schedule(
      latency,
      () => {
        this.metrics.queueDepth -= 1;
        const now = this.ctx.scheduler.now();
        this.capacity.endService(now);
        this.capacity.depart(now, arrivedAt);
        finished();
        if (this.faults.down) return; // crashed while handling: the sender's timeout notices
        this.metrics.latency.record(latency);
        this.handle(command as OrderCommandEnvelope);
      },
      `order-service ${command.type}`,
    );
  };

  private handle(command: OrderCommandEnvelope): void {
    const storeDown = this.ctx.targets(this.id, 'appends').some((store) => store.faults.down);
    if (storeDown || this.faults.shouldFail(this.random)) {
      const reason = storeDown ? 'event store unavailable' : `${this.name} failed`;
      this.reportFailure(reason, command);
      this.reply(command, reason, true);
      return;
    }
    const handled = handleOrderCommandSync(command, this.store, {
      messages: this.ctx.factory,
      source: this.id,
      loadedStreams: this.loadedStreams,
    });
    if (!handled.ok) {
      this.metrics.count('refused');
      // A conflict with another writer is worth retrying; a refused transition is not.
      this.reply(command, handled.error.message, handled.error instanceof ConcurrencyError);
      return;
    }
    const { events } = handled.value;
    if (events.length === 0) this.metrics.count('idempotentRepeats');
    // Orders placed: the `order.placed` events in the log, as the Charts count them.
    const placed = events.filter((event) => event.type === 'order.placed').length;
    if (placed > 0) this.metrics.count('ordersPlaced', placed);
    this.metrics.handled += 1;
  }

  /**
   * Answers a saga command that failed, keyed like the order's events so the answer keeps its
   * place among them; other senders learn from the system event.
   */
  private reply(command: OrderCommandEnvelope, reason: string, retryable: boolean): void {
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
        partitionKey: orderPartitionKey(this.store, orderId, command),
      },
    );
    this.ctx.emit(this, `${this.id}-${orderId}`, [event]);
  }
}
