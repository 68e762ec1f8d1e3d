import { useEffect, useState } from 'react';
import type { StoredEvent } from '../../core/messages/event';
import type { EventLogSource } from '../../state/log/event-log-source';

/** The selected event's stream and flow (its correlation), as far as they are stored. */
export interface EventContext {
  readonly stream: readonly StoredEvent[];
  readonly flow: readonly StoredEvent[];
}

export type EventContextState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly context: EventContext }
  | { readonly status: 'failed'; readonly message: string };

/**
 * Reads the event's stream and correlation, again whenever the head moves (a flow still in
 * progress grows). The previous answer stays on screen while the next one is read.
 */
export function useEventContext(
  source: EventLogSource,
  event: StoredEvent,
  head: number,
): EventContextState {
  const [state, setState] = useState<EventContextState>({ status: 'loading' });
  const { id, streamId, correlationId } = event;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `head` only triggers a fresh read.
  useEffect(() => {
    let current = true;
    Promise.all([source.readStream(streamId), source.readCorrelation(correlationId)]).then(
      ([stream, flow]) => current && setState({ status: 'ready', context: { stream, flow } }),
      (error: unknown) =>
        current &&
        setState({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      current = false;
    };
  }, [source, id, streamId, correlationId, head]);

  // Another stream or flow: never show the previous one's context as this event's.
  const key = `${streamId}\u0000${correlationId}`;
  const [shownFor, setShownFor] = useState(key);
  if (shownFor !== key) {
    setShownFor(key);
    setState({ status: 'loading' });
  }
  return state;
}
