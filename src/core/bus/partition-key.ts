import type { EventEnvelope } from '../messages/event';

/**
 * The key an event is partitioned by: its partition key, else its correlation id (the causal
 * chain it belongs to). As in Kafka, events with the same key are written to the same partition
 * and read from it in the order they were written, with no order between partitions (Apache
 * Kafka documentation, Introduction, "Main Concepts and Terminology"): every event whose order
 * matters to a reader must carry the same key.
 */
export function partitionKeyOf(
  event: Pick<EventEnvelope, 'partitionKey' | 'correlationId'>,
): string {
  return event.partitionKey ?? event.correlationId;
}
