import { expect } from 'vitest';

/** The assertions available once `given(...).when(...)` has run the reducer. */
export interface ReducerThen<TState> {
  /** Each region named in `expected` equals it exactly; every other region is left as it was. */
  then(expected: Partial<TState>): void;
  /** The event meant nothing here: the very same state comes back. */
  thenUnchanged(): void;
}

/**
 * Given/when/then specs for a pure state machine (the reducer counterpart of decider-spec.ts):
 * `reducerSpec(reduce, initial).given([opened]).when(failed).then({ storage: ... })`. `given`
 * folds the history with the reducer itself, so a spec reaches its state the way the app does.
 */
export function reducerSpec<TState extends object, TEvent>(
  reduce: (state: TState, event: TEvent) => TState,
  initial: TState,
) {
  return {
    given: (history: readonly TEvent[]) => {
      const before = history.reduce(reduce, initial);
      return {
        /** The state the history leads to (for specs of queries on it). */
        state: before,
        when: (event: TEvent): ReducerThen<TState> => {
          const after = reduce(before, event);
          return {
            // biome-ignore lint/suspicious/noThenProperty: the given/when/then vocabulary; never awaited
            then: (expected) => {
              for (const key of Object.keys(after) as Array<keyof TState>) {
                if (key in expected) expect(after[key], String(key)).toEqual(expected[key]);
                else
                  expect(after[key], `${String(key)} (not named, so unchanged)`).toBe(before[key]);
              }
            },
            thenUnchanged: () => {
              expect(after).toBe(before);
            },
          };
        },
      };
    },
  };
}
