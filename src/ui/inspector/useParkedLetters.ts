import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../core/reliability/describe-error';
import {
  deadLetterStreamId,
  type ParkedLetter,
  parkedLetters,
} from '../../sim/components/dlq/parked-letters';
import type { EventLogSource } from '../../state/log/event-log-source';
import { useEventfoldStore } from '../../state/store';

/** Reads at most this often while letters come and go (a busy run changes every frame). */
const REREAD_MS = 300;

export interface ParkedLettersView {
  /** Null until the first read answered (or when there is no log to read). */
  readonly letters: readonly ParkedLetter[] | null;
  readonly error: string | null;
  /** Events the run had saved when the read began: the list is the queue as of that point. */
  readonly readAtDurable: number;
}

interface Asked {
  readonly source: EventLogSource | null;
  readonly dlqId: string;
  readonly runId: number;
}

const unread: ParkedLettersView = { letters: null, error: null, readAtDurable: 0 };

/**
 * The letters a Dead Letter Queue holds, folded from its stream in the log the panels show (the
 * stored run, or an imported log). Read again, at most every REREAD_MS, when the queue's size or
 * the stored log moves, so a park or a redrive shows once it is stored. A read in flight is never
 * cancelled by those moves (a running run would starve it); only its answer is dropped when the
 * queue, the run or the log it was read from is no longer the one shown.
 */
export function useParkedLetters(dlqId: string): ParkedLettersView {
  const source = useEventfoldStore((state) => state.logSource);
  const runId = useEventfoldStore((state) => state.runId);
  const held = useEventfoldStore((state) => state.metricsById[dlqId]?.extra.deadLetters ?? 0);
  const durable = useEventfoldStore((state) => state.durablePosition);
  const [view, setView] = useState<ParkedLettersView>(unread);
  const current = useRef<Asked>({ source, dlqId, runId });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastReadAt = useRef(Number.NEGATIVE_INFINITY);
  current.current = { source, dlqId, runId };

  // biome-ignore lint/correctness/useExhaustiveDependencies: a change of any of these is what resets the view.
  useEffect(() => {
    // Another queue, run or log: what was shown belongs to the old one.
    setView(unread);
    lastReadAt.current = Number.NEGATIVE_INFINITY;
  }, [source, dlqId, runId]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each of these is a reason to read again; the read takes what is current when it runs.
  useEffect(() => {
    if (!source || timer.current) return;
    const delay = Math.max(0, lastReadAt.current + REREAD_MS - performance.now());
    timer.current = setTimeout(() => {
      timer.current = null;
      lastReadAt.current = performance.now();
      const asked = current.current;
      if (!asked.source) return;
      const readAtDurable = useEventfoldStore.getState().durablePosition;
      const stillShown = () =>
        current.current.source === asked.source &&
        current.current.dlqId === asked.dlqId &&
        current.current.runId === asked.runId;
      asked.source
        .readStream(deadLetterStreamId(asked.dlqId))
        .then((events) => {
          if (stillShown()) setView({ letters: parkedLetters(events), error: null, readAtDurable });
        })
        .catch((error: unknown) => {
          if (stillShown()) setView({ letters: null, error: describeError(error), readAtDurable });
        });
    }, delay);
  }, [source, dlqId, runId, held, durable]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      current.current = { source: null, dlqId: '', runId: -1 };
    },
    [],
  );
  return view;
}
