import type { StoredEvent } from '../../../core/messages/event';
import type { DeliveryOutcome, SimComponent } from '../../engine/sim-component';
import type { SimScheduler } from '../../scheduler/scheduler';
import type { PartitionLog } from './partition-log';

export type DeliveryGuarantee = 'at-least-once' | 'at-most-once';

export interface ConsumerGroupOptions {
  readonly busId: string;
  readonly delivery: DeliveryGuarantee;
  /** Delay between a handled message and its offset commit: the window a crash redelivers. */
  readonly commitDelayMs: number;
  /** Consumers in the group; partitions are shared among them (partition p -> instance p % n). */
  readonly instances: number;
}

/**
 * One subscriber's view of a topic, Kafka-style: per partition a fetch position (next offset to
 * hand out) and a committed offset. At-least-once commits after handling (a crash before the
 * commit rewinds to it and redelivers); at-most-once commits before (a crash loses what was in
 * flight). Each instance handles one message at a time, so every partition stays FIFO.
 */
export class ConsumerGroup {
  private readonly position: number[];
  private readonly committed: number[];
  private readonly highestDelivered: number[];
  private readonly instanceBusy: boolean[];
  private readonly cursor: number[];
  private readonly redriveQueue: StoredEvent[] = [];
  /** Handled offsets waiting for the next batched commit, per partition. */
  private readonly toCommit: number[] = [];
  private commitScheduled = false;
  /** Bumped by a crash: callbacks from before it are ignored. */
  private epoch = 0;
  delivered = 0;
  redelivered = 0;
  lost = 0;
  skipped = 0;
  /** Appended messages of a type its subscriber accepts: the work the group is asked to do. */
  accepted = 0;
  /** Deliveries its subscriber finished (handled, skipped or dead-lettered). */
  finishedDeliveries = 0;

  constructor(
    readonly subscriber: SimComponent,
    private readonly log: PartitionLog,
    private readonly scheduler: SimScheduler,
    private readonly options: ConsumerGroupOptions,
  ) {
    const partitions = log.count;
    this.position = new Array(partitions).fill(0);
    this.committed = new Array(partitions).fill(0);
    this.highestDelivered = new Array(partitions).fill(-1);
    this.instanceBusy = new Array(options.instances).fill(false);
    this.cursor = new Array(options.instances).fill(0);
    subscriber.capacity?.setServers(options.instances);
    subscriber.faults.onChange((setting) => {
      if (setting !== 'down') return;
      if (subscriber.faults.down) this.crash();
      else this.pump();
    });
  }

  /** Hands out whatever is waiting to every idle instance. Called after appends and completions. */
  pump(): void {
    if (this.subscriber.faults.down) return;
    for (let instance = 0; instance < this.instanceBusy.length; instance += 1) {
      if (this.instanceBusy[instance]) continue;
      const redriven = this.redriveQueue.shift();
      if (redriven) {
        this.handOut(instance, redriven, -1, -1);
        continue;
      }
      this.deliverNext(instance);
    }
  }

  /** Puts a dead-lettered event back in front of this group (DLQ redrive). */
  redrive(event: StoredEvent): void {
    this.subscriber.capacity?.arrive(this.scheduler.now());
    this.redriveQueue.push(event);
    this.pump();
  }

  /** Counts a message just appended to the topic, then hands out what is waiting. */
  onAppended(event: StoredEvent): void {
    if (!this.subscriber.accepts || this.subscriber.accepts(event.type)) {
      this.accepted += 1;
      this.subscriber.capacity?.arrive(this.scheduler.now());
    }
    this.pump();
  }

  get instances(): number {
    return this.instanceBusy.length;
  }

  /** The topic's head offset, summed over partitions. */
  headOffset(): number {
    return this.log.totalMessages();
  }

  /** Committed offsets, summed over partitions. */
  committedOffset(): number {
    let committed = 0;
    for (const offset of this.committed) committed += offset;
    return committed;
  }

  /** Messages not yet committed, summed over partitions, plus dead letters redriven to it. */
  lagMessages(): number {
    return this.headOffset() - this.committedOffset() + this.redriveQueue.length;
  }

  /** Age in ms of the oldest uncommitted message (0 when caught up). */
  lagMs(): number {
    let oldest = Number.POSITIVE_INFINITY;
    for (let partition = 0; partition < this.committed.length; partition += 1) {
      const appendedAt = this.log.appendedAt(partition, this.committed[partition] ?? 0);
      if (appendedAt !== undefined && appendedAt < oldest) oldest = appendedAt;
    }
    return oldest === Number.POSITIVE_INFINITY ? 0 : this.scheduler.now() - oldest;
  }

  inFlight(): number {
    return this.instanceBusy.filter(Boolean).length;
  }

  private deliverNext(instance: number): void {
    const instances = this.instanceBusy.length;
    const partitions = this.position.length;
    // Round-robin over this instance's partitions so one busy partition cannot starve the rest.
    for (let tried = 0; tried < partitions; tried += 1) {
      const partition = (this.cursor[instance]! + tried) % partitions;
      if (partition % instances !== instance) continue;
      const offset = this.position[partition]!;
      const event = this.log.event(partition, offset);
      if (!event) continue;
      this.cursor[instance] = (partition + 1) % partitions;
      if (this.subscriber.accepts && !this.subscriber.accepts(event.type)) {
        this.skipped += 1;
        this.position[partition] = offset + 1;
        this.committed[partition] = offset + 1;
        tried = -1; // look at this partition again: the next message may be wanted
        continue;
      }
      this.handOut(instance, event, partition, offset);
      return;
    }
  }

  private handOut(instance: number, event: StoredEvent, partition: number, offset: number): void {
    const fromLog = partition >= 0;
    const atMostOnce = this.options.delivery === 'at-most-once';
    let deliveryCount = 1;
    if (fromLog) {
      this.position[partition] = offset + 1;
      if (offset <= this.highestDelivered[partition]!) {
        this.redelivered += 1;
        deliveryCount = 2;
      }
      this.highestDelivered[partition] = Math.max(this.highestDelivered[partition]!, offset);
      if (atMostOnce) this.committed[partition] = offset + 1;
    }
    this.instanceBusy[instance] = true;
    this.delivered += 1;
    const epoch = this.epoch;
    const { capacity } = this.subscriber;
    // Time in the system runs from the append to the partition (a redriven letter: from now).
    const now = this.scheduler.now();
    const arrivedAt = fromLog ? (this.log.appendedAt(partition, offset) ?? now) : now;
    capacity?.startService(now);
    let finished = false;
    this.subscriber.deliver?.({
      event,
      busId: this.options.busId,
      partition,
      offset,
      deliveryCount,
      redriven: !fromLog,
      done: (_outcome: DeliveryOutcome) => {
        if (finished || epoch !== this.epoch) return;
        finished = true;
        this.finishedDeliveries += 1;
        this.instanceBusy[instance] = false;
        capacity?.endService(this.scheduler.now());
        capacity?.depart(this.scheduler.now(), arrivedAt);
        if (fromLog && !atMostOnce) this.scheduleCommit(partition, offset + 1);
        this.pump();
      },
    });
  }

  /**
   * Offsets are committed in batches, like a consumer's auto-commit: handled offsets wait up to
   * commitDelayMs, then one task commits them all. A crash in that window redelivers them.
   */
  private scheduleCommit(partition: number, next: number): void {
    if (next > (this.toCommit[partition] ?? 0)) this.toCommit[partition] = next;
    if (this.commitScheduled) return;
    this.commitScheduled = true;
    const epoch = this.epoch;
    this.scheduler.schedule(
      this.options.commitDelayMs,
      () => {
        if (epoch !== this.epoch) return; // a crash dropped these; a newer task may be waiting
        this.commitScheduled = false;
        for (let index = 0; index < this.toCommit.length; index += 1) {
          const offset = this.toCommit[index] ?? 0;
          if (offset > this.committed[index]!) this.committed[index] = offset;
        }
      },
      'commit',
    );
  }

  /** The subscriber crashed: work in flight is abandoned and fetching restarts from commits. */
  private crash(): void {
    this.epoch += 1;
    this.toCommit.length = 0;
    this.commitScheduled = false;
    // At-most-once committed before handling: whatever was in flight is gone for good.
    const lost = this.options.delivery === 'at-most-once' ? this.inFlight() : 0;
    this.lost += lost;
    this.subscriber.capacity?.crashed(this.scheduler.now(), lost);
    for (let partition = 0; partition < this.position.length; partition += 1) {
      this.position[partition] = this.committed[partition]!;
    }
    this.instanceBusy.fill(false);
  }
}
