import type { Command } from '../../../core/messages/command';
import type { Cause } from '../../../core/messages/factory';
import type { Delivery } from '../../engine/sim-component';
import type { SimContext } from '../../engine/sim-context';
import type { LatencySettings } from '../../scenario/component-configs';
import type { ScenarioComponent } from '../../scenario/scenario-schema';
import { BaseComponent } from '../base-component';

type ShippingDefinition = Extract<ScenarioComponent, { kind: 'shipping' }>;

/** Attempts at shipping one confirmed order before giving up on it (visibly). */
const MAX_ATTEMPTS = 5;
const RETRY_INTERVAL_MS = 1000;
/** Transit takes this many processing latencies: parcels travel slower than messages. */
const TRANSIT_FACTOR = 10;

/**
 * Ships confirmed orders: on `order.confirmed` (from a bus) or a `ShipOrder` command it sends
 * ShipOrder {orderId, trackingNumber} to the Order Service and, after the transit time,
 * DeliverOrder. Once per order: a redelivered confirmation ships nothing twice.
 */
export class ShippingComponent extends BaseComponent {
  private readonly latency: LatencySettings;
  /** Tracking number per order shipped (durable: it survives a crash). */
  private readonly shipments = new Map<string, string>();
  /** Bumped by a crash: work being handled when it happened is lost. */
  private epoch = 0;

  constructor(ctx: SimContext, definition: ShippingDefinition) {
    super(ctx, definition);
    this.latency = definition.config.latency;
  }

  override accepts(type: string): boolean {
    return type === 'order.confirmed';
  }

  override deliver(delivery: Delivery): void {
    this.metrics.received += 1;
    this.metrics.inFlight += 1;
    this.attempt(delivery, 1);
  }

  override receiveCommand(command: Command): void {
    this.metrics.received += 1;
    const orderId = (command.data as { orderId?: unknown } | null)?.orderId;
    if (command.type !== 'ShipOrder' || typeof orderId !== 'string') {
      this.metrics.count('unknownCommands');
      this.reportFailure(`${this.name}: command ${command.type} is not one it handles`, command);
      return;
    }
    const epoch = this.epoch;
    this.ctx.scheduler.schedule(this.drawLatency(this.latency), () => {
      if (epoch !== this.epoch || this.faults.down) return;
      this.ship(orderId, command);
      this.metrics.handled += 1;
    });
  }

  protected override onCrash(): void {
    this.epoch += 1;
    this.metrics.inFlight = 0;
  }

  private attempt(delivery: Delivery, attempt: number): void {
    const epoch = this.epoch;
    const latency = this.drawLatency(this.latency);
    this.ctx.scheduler.schedule(
      latency,
      () => {
        // Crashed meanwhile: the bus hands the confirmation out again after the restart.
        if (epoch !== this.epoch || this.faults.down) return;
        const { event } = delivery;
        const orderId = (event.data as { orderId?: unknown } | null)?.orderId;
        if (typeof orderId !== 'string') return this.finish(delivery, 'skipped');
        if (this.faults.shouldFail(this.random)) {
          this.reportFailure(
            `${this.name}: shipping ${orderId} failed (attempt ${attempt})`,
            event,
          );
          if (attempt < MAX_ATTEMPTS) {
            this.ctx.scheduler.schedule(RETRY_INTERVAL_MS, () => {
              if (epoch === this.epoch) this.attempt(delivery, attempt + 1);
            });
            return;
          }
          this.metrics.count('shipmentsAbandoned');
          return this.finish(delivery, 'skipped');
        }
        this.metrics.latency.record(latency);
        this.ship(orderId, event);
        this.metrics.handled += 1;
        this.finish(delivery, 'handled');
      },
      `${this.id} ${delivery.event.type}`,
    );
  }

  private finish(delivery: Delivery, outcome: 'handled' | 'skipped'): void {
    this.metrics.inFlight -= 1;
    delivery.done(outcome);
  }

  private ship(orderId: string, cause: Cause): void {
    if (this.shipments.has(orderId)) {
      this.metrics.count('idempotentRepeats');
      return;
    }
    const orderService = this.ctx.targets(this.id, 'commands')[0];
    if (!orderService) {
      this.reportFailure(`${this.name}: no order service connected to ship ${orderId}`, cause);
      return;
    }
    const trackingNumber = `TRK-${this.random.int(100_000, 999_999)}`;
    this.shipments.set(orderId, trackingNumber);
    this.metrics.count('shipped');
    const ship = this.ctx.factory.command(
      'ShipOrder',
      { orderId, trackingNumber },
      { source: this.id, cause, metadata: { partitionKey: orderId } },
    );
    this.ctx.send(this, orderService, ship);
    const transit = TRANSIT_FACTOR * this.drawLatency(this.latency);
    this.ctx.scheduler.schedule(transit, () => this.deliverOrder(orderId, ship), 'parcel transit');
  }

  /** Reports the delivery; a parcel arriving while this service is down is reported later. */
  private deliverOrder(orderId: string, ship: Command): void {
    const orderService = this.ctx.targets(this.id, 'commands')[0];
    if (!orderService) return;
    if (this.faults.down) {
      this.ctx.scheduler.schedule(RETRY_INTERVAL_MS, () => this.deliverOrder(orderId, ship));
      return;
    }
    const deliver = this.ctx.factory.command(
      'DeliverOrder',
      { orderId },
      { source: this.id, cause: ship, metadata: { partitionKey: orderId } },
    );
    this.metrics.count('delivered');
    this.ctx.send(this, orderService, deliver);
  }
}
