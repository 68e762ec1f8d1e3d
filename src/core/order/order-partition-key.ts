import { partitionKeyOf } from '../bus/partition-key';
import type { SyncEventStore } from '../cqrs/sync-event-store';
import type { Command } from '../messages/command';
import { orderStreamId } from './order-events';

/**
 * The key every event of one order is partitioned by, decided once: the key its first event
 * was stored with (the producer's choice, e.g. the order id or the user id). A later command
 * may name another key (a saga or Shipping keys by the order id), but an order whose events
 * landed on two partitions could be read out of order (src/core/bus/partition-key.ts), so the
 * stored key wins. A new order takes its command's key, else the order id.
 */
export function orderPartitionKey(
  store: Pick<SyncEventStore, 'readStreamSync'>,
  orderId: string,
  command: Pick<Command, 'metadata'>,
): string {
  const [first] = store.readStreamSync(orderStreamId(orderId), 1, 1);
  if (first) return partitionKeyOf(first);
  return command.metadata.partitionKey ?? orderId;
}

/**
 * A command's metadata as the events it causes carry it: the same object, unless it names a
 * partition key other than the order's, which the events then name instead (so the key an
 * event shows in its metadata is the one it was partitioned by).
 */
export function metadataWithKey(
  metadata: Readonly<Record<string, string>>,
  partitionKey: string,
): Readonly<Record<string, string>> {
  if (metadata.partitionKey === undefined || metadata.partitionKey === partitionKey)
    return metadata;
  return { ...metadata, partitionKey };
}
