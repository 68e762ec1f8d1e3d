import type { CommandOutcome, Loaded } from '../cqrs/command-step';
import { handleCommandSync } from '../cqrs/handle-command-sync';
import type { Result } from '../cqrs/result';
import type { SyncEventStore } from '../cqrs/sync-event-store';
import type { ConcurrencyError } from '../errors/errors';
import type { Command } from '../messages/command';
import type { MessageFactory } from '../messages/factory';
import type { OrderCommand } from './order-commands';
import { orderDecider } from './order-decider';
import type { OrderError } from './order-errors';
import { orderStreamId } from './order-events';
import { metadataWithKey, orderPartitionKey } from './order-partition-key';
import type { OrderState } from './order-state';

/** A full order command envelope: id, time and correlation around an order command. */
export type OrderCommandEnvelope = Command & OrderCommand;

export interface OrderServiceOptions {
  readonly messages: MessageFactory;
  /** The component id written as each event's `source`. */
  readonly source: string;
  /** Extra attempts after a ConcurrencyError (default 0: report the conflict). */
  readonly retriesOnConcurrency?: number;
  /** Each order stream as this service last loaded it (see HandleCommandOptions). */
  readonly loadedStreams?: Map<string, Loaded<OrderState>>;
}

/**
 * Handles one order command: load the order's stream `order-<orderId>`, decide, append at the
 * loaded version. Events are caused by the command (same correlation, causation = command id),
 * carry its metadata and are partitioned by the order's key, decided by its first event
 * (order-partition-key.ts): whatever key a later command names, one order's events land on one
 * partition and keep their order on the bus.
 */
export function handleOrderCommandSync(
  command: OrderCommandEnvelope,
  store: SyncEventStore,
  { messages, source, retriesOnConcurrency = 0, loadedStreams }: OrderServiceOptions,
): Result<CommandOutcome, OrderError | ConcurrencyError> {
  const { orderId } = command.data;
  const partitionKey = orderPartitionKey(store, orderId, command);
  const metadata = metadataWithKey(command.metadata, partitionKey);
  return handleCommandSync(orderDecider, store, orderStreamId(orderId), command, {
    toEnvelopes: (events) =>
      events.map((event) =>
        messages.event(event.type, event.data, {
          source,
          cause: command,
          partitionKey,
          metadata,
        }),
      ),
    retriesOnConcurrency,
    loadedStreams,
  });
}
