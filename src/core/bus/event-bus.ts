import type { EventEnvelope } from '../messages/event';
import { NoSchedulerError } from './bus-errors';
import type { Scheduler } from './scheduler';
import type {
  EventHandler,
  HandlerErrorSink,
  HandlerFailure,
  RoutableEvent,
  Subscription,
} from './subscription';
import { SubscriptionRegistry } from './subscription-registry';

export interface EventBusOptions<E> {
  /**
   * Where handler failures go. Without one, the bus records them and the owner reads them with
   * `takeHandlerFailures()`: a failure is never swallowed, and one handler never stops the rest.
   * A sink that throws is a programming error: its exception propagates out of `publish`.
   */
  readonly onHandlerError?: HandlerErrorSink<E>;
  /** Needed only by `publishScheduled`. */
  readonly scheduler?: Scheduler;
}

export interface SubscribeOptions {
  /** Names the subscriber in failure reports (e.g. a component id); defaults to `subscription-<id>`. */
  readonly name?: string;
}

/**
 * In-memory publish/subscribe by event type pattern (see pattern.ts for the grammar).
 *
 * Dispatch semantics, the same for `publish` and `publishScheduled`:
 * - handlers run in subscription order; a nested publish from a handler dispatches depth-first;
 * - the receivers are fixed when an event is published: a handler subscribed during a dispatch
 *   does not receive the event being dispatched;
 * - a handler unsubscribed before its turn (by an earlier handler, or before a scheduled
 *   delivery runs) is not called;
 * - publishing never changes the subscriptions.
 */
export class EventBus<E extends RoutableEvent = EventEnvelope> {
  private readonly registry = new SubscriptionRegistry<E>();
  private readonly failures: HandlerFailure<E>[] = [];
  private readonly report: HandlerErrorSink<E>;
  private readonly scheduler: Scheduler | undefined;

  constructor(options: EventBusOptions<E> = {}) {
    this.report =
      options.onHandlerError ??
      ((error, event, subscription) => this.failures.push({ error, event, subscription }));
    this.scheduler = options.scheduler;
  }

  /** Number of live subscriptions. */
  get subscriptionCount(): number {
    return this.registry.size;
  }

  /** Calls `handler` for each published event whose type matches `pattern`; returns the unsubscribe function. */
  subscribe(pattern: string, handler: EventHandler<E>, options: SubscribeOptions = {}): () => void {
    const subscription = this.registry.add(pattern, handler, options.name);
    return () => {
      this.registry.remove(subscription);
    };
  }

  /** Delivers `event` to every matching handler now, before returning. */
  publish(event: E): void {
    const subscriptions = this.registry.forType(event.type);
    for (let i = 0; i < subscriptions.length; i++) {
      this.deliver(subscriptions[i]!, event);
    }
  }

  /** Schedules one delivery task per matching handler, `delayMs` from now; nothing runs until the scheduler does. */
  publishScheduled(event: E, delayMs = 0): void {
    const scheduler = this.scheduler;
    if (scheduler === undefined) throw new NoSchedulerError();
    const subscriptions = this.registry.forType(event.type);
    for (let i = 0; i < subscriptions.length; i++) {
      const subscription = subscriptions[i]!;
      scheduler.schedule(delayMs, () => this.deliver(subscription, event));
    }
  }

  /** Failures the default sink recorded since the last call, oldest first; empty with an injected sink. */
  takeHandlerFailures(): HandlerFailure<E>[] {
    return this.failures.splice(0, this.failures.length);
  }

  private deliver(subscription: Subscription<E>, event: E): void {
    if (!subscription.active) return;
    try {
      subscription.handler(event);
    } catch (error) {
      this.report(error, event, subscription.info);
    }
  }
}
