import type { TypeMatcher } from './pattern';

/** Anything the bus can route: it only reads `type`. */
export interface RoutableEvent {
  readonly type: string;
}

export type EventHandler<E> = (event: E) => void;

/** What the error sink is told about the subscription whose handler failed. */
export interface SubscriptionInfo {
  /** Unique within one bus, in subscription order. */
  readonly id: number;
  readonly pattern: string;
  /** Given at subscribe time (e.g. the consuming component), else `subscription-<id>`. */
  readonly name: string;
}

/** A live subscription as the bus keeps it; `active` turns false for good on unsubscribe. */
export interface Subscription<E> {
  readonly info: SubscriptionInfo;
  readonly handler: EventHandler<E>;
  readonly matches: TypeMatcher;
  active: boolean;
}

/** Receives every handler failure with the event and the subscription; must not throw. */
export type HandlerErrorSink<E> = (
  error: unknown,
  event: E,
  subscription: SubscriptionInfo,
) => void;

/** One handler failure, as the bus's default sink records it. */
export interface HandlerFailure<E> {
  readonly error: unknown;
  readonly event: E;
  readonly subscription: SubscriptionInfo;
}
