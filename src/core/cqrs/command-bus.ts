import type { EventfoldError } from '../errors/errors';
import type { Command } from '../messages/command';
import { HandlerAlreadyRegisteredError, UnknownCommandError } from './cqrs-errors';
import { err, type Result } from './result';

/** Handles one command type; refusals come back as `err`, never thrown. */
export type CommandHandler<TCommand extends Command, TValue, TError> = (
  command: TCommand,
) => Promise<Result<TValue, TError>>;

/**
 * Routes each command to the one handler registered for its type (CQRS write side). Every
 * handler of one bus shares the value and error types, so callers branch on one Result shape.
 */
export class CommandBus<TValue = unknown, TError extends EventfoldError = EventfoldError> {
  private readonly handlers = new Map<string, CommandHandler<Command, TValue, TError>>();

  /** Registers the handler for `type`; returns a function that unregisters it. */
  register<TCommand extends Command>(
    type: TCommand['type'],
    handler: CommandHandler<TCommand, TValue, TError>,
  ): () => void {
    if (this.handlers.has(type)) throw new HandlerAlreadyRegisteredError('command', type);
    // The map is keyed by type, so a handler only ever receives commands of its own type.
    const stored = handler as CommandHandler<Command, TValue, TError>;
    this.handlers.set(type, stored);
    return () => {
      if (this.handlers.get(type) === stored) this.handlers.delete(type);
    };
  }

  /** Whether a handler is registered for `type`. */
  handles(type: string): boolean {
    return this.handlers.has(type);
  }

  /** Runs the command's handler and returns its Result; an unknown type is `UnknownCommandError`. */
  dispatch(command: Command): Promise<Result<TValue, TError | UnknownCommandError>> {
    const handler = this.handlers.get(command.type);
    if (!handler) return Promise.resolve(err(new UnknownCommandError(command.type)));
    return handler(command);
  }
}
