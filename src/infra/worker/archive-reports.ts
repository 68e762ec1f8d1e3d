/**
 * What the worker tells the page about its archive. An error crosses as its facts (a class does
 * not survive the structured clone): the page's storage status reads `code` and `reason`.
 */
export interface ErrorFacts {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly reason?: string;
}

/**
 * One change of the archive, numbered: reports and the answers to `archiveIdle` travel on
 * different channels, so the page keeps whichever is newest by `seq`.
 */
export type ArchiveReport =
  | { readonly seq: number; readonly kind: 'durable'; readonly position: number }
  | { readonly seq: number; readonly kind: 'closed' | 'error'; readonly error: ErrorFacts };

/** The archive's state when it fell idle, numbered like the reports. */
export interface ArchiveIdleState {
  readonly seq: number;
  readonly position: number;
}

export type ArchiveOpening =
  | ({ readonly ok: true } & ArchiveIdleState)
  | { readonly ok: false; readonly error: ErrorFacts };

export function errorFacts(error: unknown): ErrorFacts {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { code, reason } = error as { code?: unknown; reason?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof reason === 'string' ? { reason } : {}),
  };
}

/** The page-side error for reported facts: same name, message, code and reason. */
export function errorFromFacts(facts: ErrorFacts): Error {
  const error = new Error(facts.message);
  return Object.assign(error, facts);
}
