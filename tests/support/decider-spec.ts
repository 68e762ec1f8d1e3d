import { expect } from 'vitest';
import {
  type DecidableCommand,
  type DecidedEvent,
  type Decider,
  foldEvents,
} from '../../src/core/cqrs/decider';

// biome-ignore lint/suspicious/noExplicitAny: error classes take any constructor arguments
type ErrorClass = abstract new (...args: any[]) => Error;

/** The assertions available once `given(...).when(...)` has run the decider. */
export interface DeciderThen<TEvent, TState> {
  /** The command was accepted and recorded exactly these events (type and data). */
  then(expected: readonly TEvent[]): void;
  /** The command was refused with an instance of `errorClass` (and, if given, a matching message). */
  thenFails(errorClass: ErrorClass, message?: string | RegExp): void;
  /** The command was accepted, and folding its events gives this state. */
  thenState(expected: TState): void;
}

/**
 * Given/when/then specs for a decider (after Emmett's DeciderSpecification):
 * `deciderSpec(orderDecider).given([placed]).when(confirm).then([confirmed])`. `given` folds
 * the history with the decider's own `evolve`, so specs exercise evolve and decide together.
 */
export function deciderSpec<
  TCommand extends DecidableCommand,
  TEvent extends DecidedEvent,
  TState,
  TError,
>(decider: Decider<TCommand, TEvent, TState, TError>) {
  return {
    given: (history: readonly TEvent[]) => ({
      when: (command: TCommand): DeciderThen<TEvent, TState> => {
        const state = foldEvents(decider, history);
        const decision = decider.decide(command, state);
        return {
          // biome-ignore lint/suspicious/noThenProperty: the given/when/then vocabulary; never awaited
          then: (expected) => {
            expect(decision).toEqual({ ok: true, events: expected });
          },
          thenFails: (errorClass, message) => {
            expect(decision.ok, `expected a refusal, got ${JSON.stringify(decision)}`).toBe(false);
            if (decision.ok) return;
            expect(decision.error).toBeInstanceOf(errorClass);
            if (message !== undefined) expect((decision.error as Error).message).toMatch(message);
          },
          thenState: (expected) => {
            expect(decision.ok, `expected acceptance, got ${JSON.stringify(decision)}`).toBe(true);
            if (!decision.ok) return;
            expect(foldEvents(decider, decision.events, state)).toEqual(expected);
          },
        };
      },
    }),
  };
}
