import type { StoredEvent } from '../../../core/messages/event';

/** What a consumer hands the Dead Letter Queue when a delivery has used up its retries. */
export interface DeadLetterRequest {
  readonly event: StoredEvent;
  readonly subscriberId: string;
  /** The bus the delivery came from ('' for a direct connection: such an entry cannot redrive). */
  readonly busId: string;
  readonly attempts: number;
  readonly lastError: string;
  readonly firstFailedAt: number;
}

/** An entry as the host and the UI see it. */
export interface DeadLetterEntry {
  /** Names the entry for redrive and discard: subscription plus event id. */
  readonly key: string;
  readonly event: StoredEvent;
  readonly subscriberId: string;
  readonly busId: string;
  readonly attempts: number;
  readonly lastError: string;
  readonly firstFailedAt: number;
  readonly lastFailedAt: number;
}

export type ParkResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Where a subscription's deliveries came from, so a redrive can go back the same way. */
export interface SubscriptionRoute {
  readonly busId: string;
  readonly subscriberId: string;
}

/**
 * The subscription name stored with an entry. Component ids are lowercase letters, digits and
 * dashes, so '/' and '#' cannot occur in them and the names below never collide.
 */
export function subscriptionOf(route: SubscriptionRoute): string {
  return route.busId ? `${route.busId}/${route.subscriberId}` : route.subscriberId;
}

/** The public key of an entry. */
export function entryKeyOf(subscription: string, eventId: string): string {
  return `${subscription}#${eventId}`;
}
