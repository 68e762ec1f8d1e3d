import type { StoredEvent } from '../../core/messages/event';
import { fnv1a } from './hash';

/**
 * A 64-bit fingerprint of the log (two chained FNV-1a lanes with different seeds over each
 * event's JSON). Two runs with the same scenario, seed and faults must give the same hash.
 */
export class LogHasher {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;

  add(event: StoredEvent): void {
    const text = JSON.stringify(event);
    this.a = fnv1a(text, this.a);
    this.b = fnv1a(text, this.b ^ 0x9e3779b9);
  }

  digest(): string {
    return (
      (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0')
    );
  }
}

/** The hash of a whole log. */
export function hashLog(events: Iterable<StoredEvent>): string {
  const hasher = new LogHasher();
  for (const event of events) hasher.add(event);
  return hasher.digest();
}
