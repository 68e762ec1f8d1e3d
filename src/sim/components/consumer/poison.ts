import { fnv1a } from '../../engine/hash';

// Its own hash seed, so the poisoned share is not the same events a partitioner groups together.
const POISON_HASH_SEED = 0x9e3779b9;

/**
 * Whether an event is poison for a handler with this poison rate: decided by the event id
 * alone (no random draw), so the same events fail on every attempt, in every run and replay.
 */
export function isPoisonMessage(eventId: string, poisonRate: number): boolean {
  if (poisonRate <= 0) return false;
  return fnv1a(eventId, POISON_HASH_SEED) / 0x1_0000_0000 < poisonRate;
}
