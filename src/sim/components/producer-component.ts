import type { OrderLine } from '../../core/order/order-commands';
import { orderStreamId } from '../../core/order/order-events';
import type { SimContext } from '../engine/sim-context';
import type { ComponentConfigs } from '../scenario/component-kinds';
import type { ScenarioComponent } from '../scenario/scenario-schema';
import { BaseComponent } from './base-component';

type ProducerDefinition = Extract<ScenarioComponent, { kind: 'producer' }>;

/** Unit price of catalogue item i, in cents: fixed per item so revenue is reproducible. */
export function unitPriceOf(item: number): number {
  return (((item * 37) % 90) + 10) * 100;
}

/**
 * The Order API: places orders as a Poisson process at `ratePerSecond` for `users` simulated
 * users, each of 1..maxItemsPerOrder lines from a catalogue. Sends PlaceOrder commands to the
 * Order Service, or (emit: events) publishes order.placed itself, bypassing the decider.
 */
export class ProducerComponent extends BaseComponent {
  private readonly config: ComponentConfigs['producer'];
  private placed = 0;

  constructor(ctx: SimContext, definition: ProducerDefinition) {
    super(ctx, definition);
    this.config = definition.config;
  }

  protected override onStart(): void {
    this.scheduleNext();
  }

  protected override onRestart(): void {
    this.scheduleNext();
  }

  private scheduleNext(): void {
    if (this.config.ratePerSecond <= 0) return;
    if (this.config.maxOrders > 0 && this.placed >= this.config.maxOrders) return;
    const gap = this.random.exponential(1000 / this.config.ratePerSecond);
    this.ctx.scheduler.schedule(gap, () => this.tick(), 'producer tick');
  }

  private tick(): void {
    if (this.faults.down) return; // restarts resume the ticking
    if (this.config.maxOrders > 0 && this.placed >= this.config.maxOrders) return;
    this.scheduleNext();
    if (this.faults.shouldFail(this.random)) {
      this.reportFailure('order API rejected the request');
      return;
    }
    this.placeOrder();
  }

  private placeOrder(): void {
    this.placed += 1;
    const orderId = `o-${this.placed}`;
    const userId = `u-${this.random.int(1, this.config.users)}`;
    const items: OrderLine[] = [];
    const lines = this.random.int(1, this.config.maxItemsPerOrder);
    for (let line = 0; line < lines; line += 1) {
      const item = this.random.int(1, this.config.catalogSize);
      items.push({
        sku: `sku-${item}`,
        quantity: this.random.int(1, 3),
        unitPrice: unitPriceOf(item),
      });
    }
    // The key of the order's first event: every later event of the order keeps it
    // (src/core/order/order-partition-key.ts), so the whole order shares one partition.
    const partitionKey = this.config.keyBy === 'user' ? userId : orderId;
    const metadata = { partitionKey, payloadStyle: this.config.payloadStyle };
    this.metrics.handled += 1;
    if (this.config.emit === 'events') {
      const total = items.reduce((sum, item) => sum + item.quantity * item.unitPrice, 0);
      const event = this.ctx.factory.event(
        'order.placed',
        { orderId, userId, items, total },
        {
          source: this.id,
          partitionKey,
          metadata,
        },
      );
      this.ctx.emit(this, orderStreamId(orderId), [event], 'noStream');
      return;
    }
    const command = this.ctx.factory.command(
      'PlaceOrder',
      { orderId, userId, items },
      {
        source: this.id,
        metadata,
      },
    );
    for (const target of this.ctx.targets(this.id, 'commands'))
      this.ctx.send(this, target, command);
  }
}
