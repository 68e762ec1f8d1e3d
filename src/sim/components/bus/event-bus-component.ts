import { EventBus } from '../../../core/bus/event-bus';
import { partitionKeyOf } from '../../../core/bus/partition-key';
import type { SubscriptionInfo } from '../../../core/bus/subscription';
import type { StoredEvent } from '../../../core/messages/event';
import { partitionFor } from '../../engine/hash';
import type { EventSink, SimContext } from '../../engine/sim-context';
import { busFaultLevel } from '../../faults/bus-fault-level';
import type { ComponentMetricsSnapshot } from '../../metrics/component-metrics';
import type { SubscriberLag } from '../../metrics/subscriber-lag';
import type { ComponentConfigs } from '../../scenario/component-kinds';
import {
  type BusFaultSetting,
  type FaultSetting,
  type FaultValue,
  isBusSetting,
} from '../../scenario/fault-settings';
import type { ScenarioComponent } from '../../scenario/scenario-schema';
import { BaseComponent } from '../base-component';
import { ConsumerGroup } from './consumer-group';
import { PartitionLog } from './partition-log';
import { SubscriberLagMeter } from './subscriber-lag-meter';

type BusDefinition = Extract<ScenarioComponent, { kind: 'event-bus' }>;

/** Time between handling a message and committing its offset (the crash window). */
const COMMIT_DELAY_MS = 5;

/**
 * The kernel pattern every consumer group subscribes with: a group reads its whole topic,
 * Kafka-style, in offset order, and skips (committing) the types its subscriber does not accept.
 * Subscribing with the subscriber's own types instead would leave a skipped message uncommitted
 * while its group idles and shift the group's round-robin over partitions: a different run
 * (see "Known duplication" in docs/architecture.md for what that changed when tried).
 */
const WHOLE_TOPIC = '#';

/**
 * A topic: events are keyed to partitions (FIFO per partition) and every connected subscriber is
 * a consumer group with its own offsets. Faults: duplicates (a message appended twice), drops
 * (at-most-once only), reorder jitter (a random extra delay before the append, which can swap
 * messages of one key), and an outage (publishes wait until the bus is back).
 *
 * Fan-out is the kernel's EventBus (src/core/bus/event-bus.ts): each consumer group is a
 * subscription, so an appended message reaches the groups in subscription order, and a
 * subscriber that throws is reported in the log as this bus's error without stopping the others.
 * Partitions, offsets and delivery guarantees sit on top, in consumer-group.ts.
 */
export class EventBusComponent extends BaseComponent implements EventSink {
  private readonly config: ComponentConfigs['event-bus'];
  protected override readonly fixedSettings = ['partitions', 'delivery'];
  private readonly log: PartitionLog;
  private readonly groups: ConsumerGroup[] = [];
  private readonly lagMeters: SubscriberLagMeter[] = [];
  private readonly fanOut = new EventBus<StoredEvent>({
    onHandlerError: (error, event, subscription) =>
      this.reportSubscriberFailure(error, event, subscription),
  });
  private readonly heldWhileDown: StoredEvent[] = [];
  /** Virtual time the last message of each partition lands: later ones never land earlier. */
  private readonly lastArrival: number[] = [];

  constructor(ctx: SimContext, definition: BusDefinition) {
    super(ctx, definition);
    this.config = definition.config;
    this.log = new PartitionLog(this.config.partitions);
  }

  protected override onStart(): void {
    for (const subscriber of this.ctx.targets(this.id, 'events')) {
      if (!subscriber.deliver) continue;
      const instances =
        subscriber.kind === 'consumer' ? Math.max(1, consumerInstances(subscriber)) : 1;
      const group = new ConsumerGroup(subscriber, this.log, this.ctx.scheduler, {
        busId: this.id,
        delivery: this.config.delivery,
        commitDelayMs: COMMIT_DELAY_MS,
        instances,
      });
      this.groups.push(group);
      this.lagMeters.push(new SubscriberLagMeter(group));
      this.fanOut.subscribe(WHOLE_TOPIC, (event) => group.onAppended(event), {
        name: subscriber.id,
      });
    }
  }

  protected override onRestart(): void {
    const held = this.heldWhileDown.splice(0);
    for (const event of held) this.publish(event);
  }

  /** Events routed to this bus by a publisher or an event store relay. */
  accept(events: readonly StoredEvent[]): void {
    for (const event of events) this.publish(event);
  }

  /** Redrives a dead-lettered event to the subscriber it failed in. */
  redrive(subscriberId: string, event: StoredEvent): boolean {
    const group = this.groups.find((candidate) => candidate.subscriber.id === subscriberId);
    if (!group) return false;
    group.redrive(event);
    return true;
  }

  private publish(event: StoredEvent): void {
    if (this.faults.down) {
      this.heldWhileDown.push(event);
      this.metrics.queueDepth = this.heldWhileDown.length;
      return;
    }
    this.metrics.received += 1;
    // 0 unless at-most-once, and chance(0) draws nothing: the run's random stream is unchanged.
    if (this.random.chance(this.busFault('drop-rate'))) {
      this.metrics.count('dropped');
      return;
    }
    const partition = partitionFor(partitionKeyOf(event), this.log.count);
    // Latency varies per message, but a partition stays FIFO: nothing lands before the message
    // published ahead of it. Reorder jitter is the fault that deliberately breaks this.
    const arrival = Math.max(
      this.ctx.scheduler.now() + this.drawLatency(this.config.latency),
      this.lastArrival[partition] ?? 0,
    );
    this.lastArrival[partition] = arrival;
    const jitterMs = this.busFault('reorder-jitter-ms');
    const jitter = jitterMs > 0 ? this.random.next() * jitterMs : 0;
    this.ctx.scheduler.at(arrival + jitter, () => this.append(event, partition), 'bus append');
    if (this.random.chance(this.busFault('duplicate-rate'))) {
      this.metrics.count('duplicated');
      // A redelivered copy (a producer retry) lands after the original.
      const copyArrival = arrival + jitter + this.drawLatency(this.config.latency);
      this.lastArrival[partition] = Math.max(this.lastArrival[partition] ?? 0, copyArrival);
      this.ctx.scheduler.at(copyArrival, () => this.append(event, partition), 'bus duplicate');
    }
  }

  private append(event: StoredEvent, partition: number): void {
    this.log.append(partition, event, this.ctx.scheduler.now());
    this.metrics.handled += 1;
    this.fanOut.publish(event);
  }

  private reportSubscriberFailure(
    error: unknown,
    event: StoredEvent,
    subscriber: SubscriptionInfo,
  ): void {
    const reason = error instanceof Error ? error.message : String(error);
    this.reportFailure(`subscriber ${subscriber.name} failed on ${event.type}: ${reason}`, event);
  }

  private busFault(setting: BusFaultSetting): number {
    return busFaultLevel(setting, this.config, this.faults.bus);
  }

  /** Delivery faults are read against this bus's config, so the snapshot shows what is in effect. */
  protected override faultInEffect(setting: FaultSetting): FaultValue {
    return isBusSetting(setting) ? this.busFault(setting) : super.faultInEffect(setting);
  }

  override snapshot(): ComponentMetricsSnapshot {
    const subscribers = this.subscriberLags();
    let redelivered = 0;
    let lost = 0;
    for (const group of this.groups) {
      redelivered += group.redelivered;
      lost += group.lost;
    }
    // The bus's lag is the sum of its subscribers' lags: each group's distance behind the head.
    this.metrics.extra.consumerLag = subscribers.reduce((sum, { lag }) => sum + lag, 0);
    this.metrics.extra.redelivered = redelivered;
    this.metrics.extra.lostInFlight = lost;
    this.metrics.extra.messages = this.log.totalMessages();
    return { ...super.snapshot(), subscribers };
  }

  /** Per-subscriber lag and rates, in subscription (connection) order. */
  subscriberLags(): SubscriberLag[] {
    const now = this.ctx.scheduler.now();
    return this.lagMeters.map((meter) => meter.read(now));
  }
}

function consumerInstances(subscriber: { id: string }): number {
  const withConfig = subscriber as { config?: { instances?: number } };
  return withConfig.config?.instances ?? 1;
}
