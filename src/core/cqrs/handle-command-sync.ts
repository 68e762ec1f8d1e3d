import { ConcurrencyError } from '../errors/errors';
import {
  appendedOutcome,
  type CommandOutcome,
  type HandleCommandOptions,
  type Loaded,
  planCommand,
} from './command-step';
import { type DecidableCommand, type DecidedEvent, type Decider, foldEvents } from './decider';
import { err, ok, type Result } from './result';
import type { SyncEventStore } from './sync-event-store';

/**
 * Load -> decide -> append with the loaded version, on a synchronous store (the simulator steps
 * synchronously). A refusal comes back as `err(error)`; a decision that records nothing is `ok`
 * with no events. A ConcurrencyError is retried up to `retriesOnConcurrency` times (deciding
 * again on fresh state, since the other writer may have changed the answer) and then returned as
 * `err` too. Store failures other than concurrency are thrown: they are faults, not decisions.
 */
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
  options: HandleCommandOptions<TEvent, TState>,
): Result<CommandOutcome, TError | ConcurrencyError> {
  const maxAttempts = 1 + (options.retriesOnConcurrency ?? 0);
  const { loadedStreams } = options;
  for (let attempt = 1; ; attempt += 1) {
    const loaded = loadSync(decider, store, streamId, loadedStreams?.get(streamId));
    loadedStreams?.set(streamId, loaded);
    const step = planCommand(decider, streamId, command, loaded, attempt, options);
    if (step.kind === 'refused') return err(step.error);
    if (step.kind === 'done') return ok(step.outcome);
    try {
      const result = store.appendSync(streamId, step.envelopes, {
        expectedVersion: step.expectedVersion,
      });
      // Kept as it is after this command: a caller that acts on the new state reads it here
      // (the saga component does), and the next load folds only what other writers add.
      loadedStreams?.set(streamId, {
        state: foldEvents(decider, result.appended, loaded.state),
        version: result.nextExpectedVersion,
      });
      return ok(appendedOutcome(streamId, result, attempt));
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      if (attempt >= maxAttempts) return err(error);
    }
  }
}

/**
 * Folds a stream from a synchronous store (memory holds it all: no paging needed): the whole
 * stream, or, given an earlier load, only the events stored after its version.
 */
export function loadSync<
  TCommand extends DecidableCommand,
  TEvent extends DecidedEvent,
  TState,
  TError,
>(
  decider: Decider<TCommand, TEvent, TState, TError>,
  store: SyncEventStore,
  streamId: string,
  from: Loaded<TState> = { state: decider.initialState, version: 0 },
): Loaded<TState> {
  const events = store.readStreamSync(streamId, from.version + 1);
  const last = events.at(-1);
  if (!last) return from;
  return { state: foldEvents(decider, events, from.state), version: last.streamVersion };
}
