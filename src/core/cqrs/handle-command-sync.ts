import { ConcurrencyError } from '../errors/errors';
import {
  appendedOutcome,
  type CommandOutcome,
  type HandleCommandOptions,
  planCommand,
} from './command-step';
import { type DecidableCommand, type DecidedEvent, type Decider, foldEvents } from './decider';
import type { Loaded } from './decider-repository';
import { err, ok, type Result } from './result';
import type { SyncEventStore } from './sync-event-store';

/** `handleCommand` for a synchronous (in-memory) store: the simulator's step-by-step path. */
export function handleCommandSync<
  TCommand extends DecidableCommand,
  TEvent extends DecidedEvent,
  TState,
  TError,
>(
  decider: Decider<TCommand, TEvent, TState, TError>,
  store: SyncEventStore,
  streamId: string,
  command: TCommand,
  options: HandleCommandOptions<TEvent>,
): Result<CommandOutcome, TError | ConcurrencyError> {
  const maxAttempts = 1 + (options.retriesOnConcurrency ?? 0);
  for (let attempt = 1; ; attempt += 1) {
    const loaded = loadSync(decider, store, streamId);
    const step = planCommand(decider, streamId, command, loaded, attempt, options);
    if (step.kind === 'refused') return err(step.error);
    if (step.kind === 'done') return ok(step.outcome);
    try {
      const result = store.appendSync(streamId, step.envelopes, {
        expectedVersion: step.expectedVersion,
      });
      return ok(appendedOutcome(streamId, result, attempt));
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      if (attempt >= maxAttempts) return err(error);
    }
  }
}

/** Folds a whole stream from a synchronous store (memory holds it all: no paging needed). */
export function loadSync<
  TCommand extends DecidableCommand,
  TEvent extends DecidedEvent,
  TState,
  TError,
>(
  decider: Decider<TCommand, TEvent, TState, TError>,
  store: SyncEventStore,
  streamId: string,
): Loaded<TState> {
  const events = store.readStreamSync(streamId);
  const state = foldEvents(decider, events);
  return { state, version: events.at(-1)?.streamVersion ?? 0 };
}
