import type { HostQueryAnswer, HostQueryKind } from '../../sim/host/query-request';
import type { SliceCreator } from '../eventfold-state';
import { connectQueryAnswers } from './connect-query-answers';
import {
  localFailure,
  maxQueryEntries,
  type QueryEntry,
  type QueryParams,
  withAnswer,
} from './query-entry';

export const queryUnsupported = 'This engine cannot answer queries';

/** The Queries tab: reads asked of the engine's projections, their answers and staleness. */
export interface QueriesSlice {
  /** This session's queries, newest first (at most maxQueryEntries). */
  queryEntries: readonly QueryEntry[];
  /** Answers this session that were stale (the projection behind the write they depend on). */
  staleQueryCount: number;
  /** Answers received this session. */
  answeredQueryCount: number;
  /** The order people look at: the Queries tab's order id, also what time travel follows. */
  selectedOrderId: string;
  setSelectedOrderId: (orderId: string) => void;
  /** Sends a query to the engine; returns its request id. */
  askQuery: (query: HostQueryKind, params: QueryParams, readYourWrites: boolean) => string;
  /** Takes an answer from an engine snapshot (ignored unless a query of ours waits for it). */
  receiveQueryAnswer: (answer: HostQueryAnswer) => void;
}

export const createQueriesSlice: SliceCreator<QueriesSlice> = (set, get, store) => {
  let sent = 0;
  connectQueryAnswers(store);
  return {
    queryEntries: [],
    staleQueryCount: 0,
    answeredQueryCount: 0,
    selectedOrderId: '',
    setSelectedOrderId: (selectedOrderId) => set({ selectedOrderId }),
    askQuery: (query, params, readYourWrites) => {
      sent += 1;
      const entry: QueryEntry = {
        requestId: `query-${sent}`,
        query,
        params,
        readYourWrites,
        answer: null,
      };
      set({ queryEntries: [entry, ...get().queryEntries].slice(0, maxQueryEntries) });
      const engine = get().engine;
      if (engine?.query) {
        engine.query({ requestId: entry.requestId, query, params, readYourWrites });
      } else {
        get().receiveQueryAnswer(localFailure(entry, queryUnsupported));
      }
      return entry.requestId;
    },
    receiveQueryAnswer: (answer) => {
      const state = get();
      const queryEntries = withAnswer(state.queryEntries, answer);
      if (!queryEntries) return;
      set({
        queryEntries,
        answeredQueryCount: state.answeredQueryCount + 1,
        staleQueryCount: state.staleQueryCount + (answer.stale ? 1 : 0),
      });
    },
  };
};
