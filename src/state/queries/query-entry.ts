import {
  failedAnswer,
  type HostQueryAnswer,
  type HostQueryKind,
} from '../../sim/host/query-request';

/** The parameters a person gives a query (only the ones its kind needs are read). */
export interface QueryParams {
  readonly orderId?: string;
  readonly userId?: string;
}

/** One query this session asked the engine, and its answer once it came back. */
export interface QueryEntry {
  readonly requestId: string;
  readonly query: HostQueryKind;
  readonly params: QueryParams;
  readonly readYourWrites: boolean;
  /** Null while the engine has not answered (a read-your-writes query may wait). */
  readonly answer: HostQueryAnswer | null;
}

/** Entries kept for the Queries tab, newest first. */
export const maxQueryEntries = 20;

/** The entries with `answer` filled into its request's entry (unchanged if none waits for it). */
export function withAnswer(
  entries: readonly QueryEntry[],
  answer: HostQueryAnswer,
): readonly QueryEntry[] | null {
  const index = entries.findIndex(
    (entry) => entry.requestId === answer.requestId && entry.answer === null,
  );
  if (index < 0) return null;
  const next = [...entries];
  next[index] = { ...(entries[index] as QueryEntry), answer };
  return next;
}

/** An answer made on this side when the engine cannot take the query at all. */
export function localFailure(entry: QueryEntry, error: string): HostQueryAnswer {
  return failedAnswer(entry, error);
}
