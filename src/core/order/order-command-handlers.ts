import type { CommandBus } from '../cqrs/command-bus';
import type { HandleCommandOptions } from '../cqrs/command-step';
import type { UnknownCommandError } from '../cqrs/cqrs-errors';
import { type CommandOutcome, handleCommand } from '../cqrs/handle-command';
import { handleCommandSync } from '../cqrs/handle-command-sync';
import type { Result } from '../cqrs/result';
import type { SyncEventStore } from '../cqrs/sync-event-store';
import type { ConcurrencyError } from '../errors/errors';
import type { Command } from '../messages/command';
import type { MessageFactory } from '../messages/factory';
import type { EventStore } from '../store/event-store';
import { type OrderCommand, orderCommandTypes } from './order-commands';
import { orderDecider } from './order-decider';
import type { OrderError } from './order-errors';
import { type OrderEvent, orderStreamId } from './order-events';

/** A full order command envelope: id, time and correlation around an order command. */
export type OrderCommandEnvelope = Command & OrderCommand;

/** Every way an order command can fail without a fault. */
export type OrderCommandError = OrderError | ConcurrencyError | UnknownCommandError;

export interface OrderServiceOptions {
  readonly messages: MessageFactory;
  /** The component id written as each event's `source`. */
  readonly source: string;
  /** Extra attempts after a ConcurrencyError (default 0: report the conflict). */
  readonly retriesOnConcurrency?: number;
}

export interface OrderServiceDeps extends OrderServiceOptions {
  readonly store: EventStore;
}

/**
 * Handles one order command: load the order, decide, append at the loaded version. Events are
 * caused by the command (same correlation, causation = command id) and partitioned by order id,
 * so one order's events keep their order on the bus.
 */
export function handleOrderCommand(
  command: OrderCommandEnvelope,
  deps: OrderServiceDeps,
): Promise<Result<CommandOutcome, OrderError | ConcurrencyError>> {
  const streamId = orderStreamId(command.data.orderId);
  return handleCommand(orderDecider, deps.store, streamId, command, handlingOptions(command, deps));
}

/** `handleOrderCommand` against a synchronous store, for the simulator's steps. */
export function handleOrderCommandSync(
  command: OrderCommandEnvelope,
  store: SyncEventStore,
  options: OrderServiceOptions,
): Result<CommandOutcome, OrderError | ConcurrencyError> {
  const streamId = orderStreamId(command.data.orderId);
  return handleCommandSync(
    orderDecider,
    store,
    streamId,
    command,
    handlingOptions(command, options),
  );
}

/** Registers a handler for each of the five order commands on `bus`. */
export function registerOrderCommandHandlers(
  bus: CommandBus<CommandOutcome, OrderCommandError>,
  deps: OrderServiceDeps,
): void {
  for (const type of orderCommandTypes) {
    bus.register<OrderCommandEnvelope>(type, (command) => handleOrderCommand(command, deps));
  }
}

function handlingOptions(
  command: OrderCommandEnvelope,
  { messages, source, retriesOnConcurrency = 0 }: OrderServiceOptions,
): HandleCommandOptions<OrderEvent> {
  const partitionKey = command.data.orderId;
  return {
    toEnvelopes: (events) =>
      events.map((event) =>
        messages.event(event.type, event.data, { source, cause: command, partitionKey }),
      ),
    retriesOnConcurrency,
  };
}
