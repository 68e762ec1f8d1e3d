import { compilePattern } from './pattern';
import type { EventHandler, Subscription } from './subscription';

// Types are a small vocabulary in practice; the cap only guards against a producer inventing
// a fresh type per event, which would otherwise grow the cache without bound.
const MAX_CACHED_TYPES = 1024;
const NO_SUBSCRIPTIONS: readonly never[] = Object.freeze([]);

/**
 * The bus's subscriptions. Arrays are copy-on-write: a change builds new arrays and drops the
 * per-type cache, so a dispatch already iterating a resolved list keeps a stable snapshot and
 * publishing never writes to any list (the seed's bug).
 */
export class SubscriptionRegistry<E> {
  private all: readonly Subscription<E>[] = NO_SUBSCRIPTIONS;
  private readonly byType = new Map<string, readonly Subscription<E>[]>();
  private nextId = 1;

  get size(): number {
    return this.all.length;
  }

  /** Adds a subscription after the existing ones (handlers run in subscription order). */
  add(pattern: string, handler: EventHandler<E>, name?: string): Subscription<E> {
    const matches = compilePattern(pattern);
    const id = this.nextId++;
    const info = Object.freeze({ id, pattern, name: name ?? `subscription-${id}` });
    const subscription: Subscription<E> = { info, handler, matches, active: true };
    this.all = [...this.all, subscription];
    this.byType.clear();
    return subscription;
  }

  /** Deactivates and removes a subscription; false if it was already gone. */
  remove(subscription: Subscription<E>): boolean {
    if (!subscription.active) return false;
    subscription.active = false;
    this.all = this.all.filter((candidate) => candidate !== subscription);
    this.byType.clear();
    return true;
  }

  /** The subscriptions whose pattern matches `type`, in order; the returned array is never mutated. */
  forType(type: string): readonly Subscription<E>[] {
    const cached = this.byType.get(type);
    return cached === undefined ? this.resolve(type) : cached;
  }

  private resolve(type: string): readonly Subscription<E>[] {
    const matching = this.all.filter((subscription) => subscription.matches(type));
    const resolved = matching.length === 0 ? NO_SUBSCRIPTIONS : matching;
    if (this.byType.size >= MAX_CACHED_TYPES) this.byType.clear();
    this.byType.set(type, resolved);
    return resolved;
  }
}
