import type { EventEnvelope } from '../messages/event';
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
}

export interface SubscribeOptions {
  /** Names the subscriber in failure reports (e.g. a component id); defaults to `subscription-<id>`. */
  readonly name?: string;
}

/**
 * In-memory publish/subscribe by event type pattern (see pattern.ts for the grammar).
 *
 * Dispatch is synchronous, which is what the simulation's engine needs: its own scheduler
 * (src/sim/scheduler/scheduler.ts) decides when an event reaches the bus, and the bus component
 * (src/sim/components/bus/event-bus-component.ts) publishes here to fan it out to its consumer
 * groups. Semantics:
 * - handlers run in subscription order; a nested publish from a handler dispatches depth-first;
 * - the receivers are fixed when an event is published: a handler subscribed during a dispatch
 *   does not receive the event being dispatched;
 * - a handler unsubscribed before its turn (by an earlier handler) is not called;
 * - publishing never changes the subscriptions.
 */
export class EventBus<E extends RoutableEvent = EventEnvelope> {
  private readonly registry = new SubscriptionRegistry<E>();
  private readonly failures: HandlerFailure<E>[] = [];
  private readonly report: HandlerErrorSink<E>;

  constructor(options: EventBusOptions<E> = {}) {
    this.report =
      options.onHandlerError ??
      ((error, event, subscription) => this.failures.push({ error, event, subscription }));
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
