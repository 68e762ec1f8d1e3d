import type { StoredEvent } from '../../../core/messages/event';
import { type DeadLetter, DeadLetterQueue } from '../../../core/reliability/dead-letter-queue';
import type { SimContext } from '../../engine/sim-context';
import type { ComponentMetricsSnapshot } from '../../metrics/component-metrics';
import type { ComponentConfigs } from '../../scenario/component-kinds';
import type { ScenarioComponent } from '../../scenario/scenario-schema';
import { BaseComponent } from '../base-component';
import { EventBusComponent } from '../bus/event-bus-component';
import {
  type DeadLetterEntry,
  type DeadLetterRequest,
  entryKeyOf,
  type ParkResult,
  type SubscriptionRoute,
  subscriptionOf,
} from './dead-letter-entry';
import { deadLetterStreamId } from './parked-letters';

type DlqDefinition = Extract<ScenarioComponent, { kind: 'dead-letter-queue' }>;

/**
 * Holds deliveries that failed every retry, keyed by subscription and event id (the kernel's
 * DeadLetterQueue on the virtual clock). Every change is an event in stream `dlq-<id>` caused by
 * the failed event, so it shows in the log and on the order's timeline. Redrive puts the event
 * back in front of the subscriber it failed in, through the bus it came from.
 */
export class DeadLetterQueueComponent extends BaseComponent {
  private readonly config: ComponentConfigs['dead-letter-queue'];
  private readonly queue: DeadLetterQueue<StoredEvent>;
  private readonly routes = new Map<string, SubscriptionRoute>();

  constructor(ctx: SimContext, definition: DlqDefinition) {
    super(ctx, definition);
    this.config = definition.config;
    this.queue = new DeadLetterQueue<StoredEvent>(ctx.scheduler.clock);
  }

  /** Parks a failed delivery; refused (and said so) when the queue is down or full. */
  park(request: DeadLetterRequest): ParkResult {
    this.metrics.received += 1;
    if (this.faults.down) return { ok: false, reason: `${this.name} is down` };
    const subscription = subscriptionOf(request);
    const known = this.queue.find(request.event.id, subscription) !== undefined;
    if (!known && this.queue.size >= this.config.capacity) {
      const reason = `${this.name} is full (capacity ${this.config.capacity})`;
      this.metrics.count('refused');
      this.ctx.system(
        this,
        'system.deadletter.refused',
        { eventId: request.event.id, subscriberId: request.subscriberId, reason },
        request.event,
      );
      return { ok: false, reason };
    }
    this.routes.set(subscription, { busId: request.busId, subscriberId: request.subscriberId });
    const entry = this.queue.record({
      event: request.event,
      subscription,
      error: request.lastError,
      attempts: request.attempts,
      firstFailedAt: request.firstFailedAt,
    });
    this.metrics.handled += 1;
    this.record('deadletter.added', entry, { lastError: entry.lastError });
    return { ok: true };
  }

  /** Every entry, oldest first. */
  entries(): DeadLetterEntry[] {
    return this.queue.list().map((letter) => this.toEntry(letter));
  }

  /** Sends one entry back to its subscriber; false when it is unknown or cannot be routed. */
  redrive(entryKey: string): boolean {
    const letter = this.findLetter(entryKey);
    if (!letter || this.faults.down) return false;
    const route = this.routes.get(letter.subscription);
    const bus = route ? this.ctx.component(route.busId) : undefined;
    if (!route || !(bus instanceof EventBusComponent)) return false;
    let accepted = false;
    this.queue.retry(letter.event.id, letter.subscription, (event) => {
      accepted = bus.redrive(route.subscriberId, event);
      if (!accepted) throw new Error(`${bus.name} has no subscriber ${route.subscriberId}`);
    });
    if (!accepted) return false;
    this.metrics.count('redriven');
    this.record('deadletter.redriven', letter, {});
    return true;
  }

  /** Redrives every entry present now; returns how many went back. */
  redriveAll(): number {
    let redriven = 0;
    for (const letter of this.queue.list()) {
      if (this.redrive(entryKeyOf(letter.subscription, letter.event.id))) redriven += 1;
    }
    return redriven;
  }

  /** Drops an entry for good (recorded as an event); false when there was none. */
  discard(entryKey: string): boolean {
    const letter = this.findLetter(entryKey);
    if (!letter || this.faults.down) return false;
    this.queue.discard(letter.event.id, letter.subscription);
    this.metrics.count('discarded');
    this.record('deadletter.discarded', letter, {});
    return true;
  }

  override snapshot(): ComponentMetricsSnapshot {
    this.metrics.extra.deadLetters = this.queue.size;
    this.metrics.queueDepth = this.queue.size;
    return super.snapshot();
  }

  private findLetter(entryKey: string): DeadLetter<StoredEvent> | undefined {
    // Linear, and only on a person's click: entries are listed far more often than redriven.
    return this.queue
      .list()
      .find((letter) => entryKeyOf(letter.subscription, letter.event.id) === entryKey);
  }

  private toEntry(letter: DeadLetter<StoredEvent>): DeadLetterEntry {
    const route = this.routes.get(letter.subscription);
    return {
      key: entryKeyOf(letter.subscription, letter.event.id),
      event: letter.event,
      subscriberId: route?.subscriberId ?? letter.subscription,
      busId: route?.busId ?? '',
      attempts: letter.attempts,
      lastError: letter.lastError,
      firstFailedAt: letter.firstFailedAt,
      lastFailedAt: letter.lastFailedAt,
    };
  }

  private record(
    type: string,
    letter: DeadLetter<StoredEvent>,
    extra: Record<string, string>,
  ): void {
    const { event } = letter;
    const route = this.routes.get(letter.subscription);
    const data = {
      eventId: event.id,
      eventType: event.type,
      subscriberId: route?.subscriberId ?? letter.subscription,
      busId: route?.busId ?? '',
      attempts: letter.attempts,
      ...extra,
    };
    const envelope = this.ctx.factory.event(type, data, {
      source: this.id,
      cause: event,
      ...(event.partitionKey === undefined ? {} : { partitionKey: event.partitionKey }),
    });
    this.ctx.emit(this, deadLetterStreamId(this.id), [envelope]);
  }
}
