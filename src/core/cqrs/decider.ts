/**
 * An event as a decider produces it: only a type and a payload. The envelope (id, time,
 * correlation, causation) is added later by the command handler, so `decide` stays pure.
 */
export interface DecidedEvent<TType extends string = string, TData = unknown> {
  readonly type: TType;
  readonly data: TData;
}

/** A command as a decider reads it; a full `Command` envelope fits this shape too. */
export interface DecidableCommand<TType extends string = string, TData = unknown> {
  readonly type: TType;
  readonly data: TData;
}

/**
 * What `decide` returns: the events to record, or the typed reason the command was refused.
 * Effects are data: nothing is thrown for a business refusal, which is a result like any other.
 */
export type Decision<TEvent, TError> =
  | { readonly ok: true; readonly events: readonly TEvent[] }
  | { readonly ok: false; readonly error: TError };

/**
 * An aggregate as three pure functions (Emmett / Chassaing's decider):
 * `decide(command, state)` says what happens, `evolve(state, event)` folds what happened.
 * `isEvent` recognises this decider's events among stored ones (by type) when a stream is folded.
 */
export interface Decider<
  TCommand extends DecidableCommand,
  TEvent extends DecidedEvent,
  TState,
  TError,
> {
  readonly initialState: TState;
  decide(command: TCommand, state: TState): Decision<TEvent, TError>;
  evolve(state: TState, event: TEvent): TState;
  isEvent(event: DecidedEvent): event is TEvent;
}

/** An accepting decision. */
export function accept<TEvent>(...events: TEvent[]): Decision<TEvent, never> {
  return { ok: true, events };
}

/** A refusing decision. */
export function refuse<TError>(error: TError): Decision<never, TError> {
  return { ok: false, error };
}

/** Folds events over a decider's initial state (or a given one), skipping foreign event types. */
export function foldEvents<
  TCommand extends DecidableCommand,
  TEvent extends DecidedEvent,
  TState,
  TError,
>(
  decider: Decider<TCommand, TEvent, TState, TError>,
  events: Iterable<DecidedEvent>,
  from: TState = decider.initialState,
): TState {
  let state = from;
  for (const event of events) {
    if (decider.isEvent(event)) state = decider.evolve(state, event);
  }
  return state;
}
