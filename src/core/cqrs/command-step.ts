import type { EventEnvelope, StoredEvent } from '../messages/event';
import type { AppendResult } from '../store/event-store';
import type { DecidableCommand, DecidedEvent, Decider } from './decider';

/** A stream folded into state, with the version it was read at (0 = empty stream). */
export interface Loaded<TState> {
  readonly state: TState;
  readonly version: number;
}

export interface HandleCommandOptions<TEvent, TState> {
  /** Wraps decided events in envelopes (ids, time, causation): the impure step, kept outside decide. */
  readonly toEnvelopes: (events: readonly TEvent[]) => EventEnvelope[];
  /** Extra attempts after a ConcurrencyError: reload, decide again, append again. Default 0. */
  readonly retriesOnConcurrency?: number;
  /**
   * Each stream as this writer last loaded or appended to it, kept by the caller between
   * commands. When given, a load folds only the events stored after that version (none, when
   * the writer is the stream's only writer) instead of the whole stream; any other writer's
   * events are folded in too, so it is never stale.
   */
  readonly loadedStreams?: Map<string, Loaded<TState>>;
}

/** What a handled command wrote. */
export interface CommandOutcome {
  readonly streamId: string;
  /** The stored events; empty when the decision recorded nothing (e.g. an idempotent repeat). */
  readonly events: readonly StoredEvent[];
  /** The stream's version after this command. */
  readonly version: number;
  /** 1 unless concurrency conflicts forced retries. */
  readonly attempts: number;
}

/** The middle of load -> decide -> append: what to do with the decision. */
export type CommandStep<TError> =
  | { readonly kind: 'refused'; readonly error: TError }
  | { readonly kind: 'done'; readonly outcome: CommandOutcome }
  | {
      readonly kind: 'append';
      readonly envelopes: EventEnvelope[];
      readonly expectedVersion: number;
    };

/** Decides on loaded state and says what to do next: refuse, finish, or append these envelopes. */
export function planCommand<
  TCommand extends DecidableCommand,
  TEvent extends DecidedEvent,
  TState,
  TError,
>(
  decider: Decider<TCommand, TEvent, TState, TError>,
  streamId: string,
  command: TCommand,
  { state, version }: Loaded<TState>,
  attempt: number,
  options: HandleCommandOptions<TEvent, TState>,
): CommandStep<TError> {
  const decision = decider.decide(command, state);
  if (!decision.ok) return { kind: 'refused', error: decision.error };
  if (decision.events.length === 0) {
    return { kind: 'done', outcome: { streamId, events: [], version, attempts: attempt } };
  }
  return {
    kind: 'append',
    envelopes: options.toEnvelopes(decision.events),
    expectedVersion: version,
  };
}

/** The outcome of a successful append. */
export function appendedOutcome(
  streamId: string,
  result: AppendResult,
  attempt: number,
): CommandOutcome {
  return {
    streamId,
    events: result.appended,
    version: result.nextExpectedVersion,
    attempts: attempt,
  };
}
