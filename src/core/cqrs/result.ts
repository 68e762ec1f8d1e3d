/**
 * The outcome of an operation that may be refused, as data: callers branch on `ok` instead of
 * catching. Refusals are expected business outcomes (a rule said no), not crashes.
 */
export type Result<T, E> = Ok<T> | Err<E>;

export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

/** Wraps a successful value. */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/** Wraps a refusal. */
export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}
