import type { StoredEvent } from '../../core/messages/event';
import type { EventLogSource } from '../../state/log/event-log-source';
import { useLogRead } from './useLogRead';

/** The selected event's stream and flow (its correlation), as far as they are stored. */
export interface EventContext {
  readonly stream: readonly StoredEvent[];
  readonly flow: readonly StoredEvent[];
}

/**
 * Reads the event's stream and correlation, again whenever the head moves (a flow still in
 * progress grows). The previous answer stays on screen while the next one is read; another
 * stream or flow starts from loading.
 */
export function useEventContext(source: EventLogSource, event: StoredEvent, head: number) {
  const { id, streamId, correlationId } = event;
  return useLogRead<EventContext>(
    async () => {
      const [stream, flow] = await Promise.all([
        source.readStream(streamId),
        source.readCorrelation(correlationId),
      ]);
      return { stream, flow };
    },
    [source, id, streamId, correlationId, head],
    `${streamId}\u0000${correlationId}`,
  );
}
