import type { ParkedLetter } from '../../sim/components/dlq/parked-letters';
import { useEventfoldStore } from '../../state/store';
import { useObserved } from '../shared/useObserved';

export interface ParkedLettersView {
  /** The letters the queue holds as of `through`, oldest first. */
  readonly letters: readonly ParkedLetter[];
  /** Why the log could not be read to the end (the list may then be short), or null. */
  readonly error: string | null;
  /** The last position of the log folded in: the list is the queue as of that event. */
  readonly through: number;
}

/**
 * The letters a Dead Letter Queue holds, folded from its stream by the DeadLettersModel that the
 * LogFollower feeds (the run's log or an imported one), re-read at most once a frame.
 */
export function useParkedLetters(dlqId: string): ParkedLettersView {
  const state = useObserved(
    useEventfoldStore((store) => store.deadLetters),
    { perFrame: true },
  );
  const error = useEventfoldStore((store) => store.logFollower).failure;
  return { letters: state.letters(dlqId), error, through: state.through };
}
