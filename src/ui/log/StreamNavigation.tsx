import type { ReactNode } from 'react';
import type { StoredEvent } from '../../core/messages/event';

interface StreamNavigationProps {
  readonly event: StoredEvent;
  /** The event's stream in version order; null while it is being read. */
  readonly stream: readonly StoredEvent[] | null;
  readonly onPick: (event: StoredEvent) => void;
}

/** "Previous in stream" / "Next in stream": the neighbours by stream version. */
export function StreamNavigation({ event, stream, onPick }: StreamNavigationProps) {
  const at = stream?.findIndex((candidate) => candidate.id === event.id) ?? -1;
  const previous = at > 0 ? stream?.[at - 1] : undefined;
  const next = at >= 0 ? stream?.[at + 1] : undefined;
  return (
    <fieldset className="log-detail__actions">
      <legend className="visually-hidden">Stream navigation</legend>
      <NeighbourButton neighbour={previous} onPick={onPick}>
        Previous in stream
      </NeighbourButton>
      <span className="log-detail__where">
        {event.streamId} v{event.streamVersion}
        {stream ? ` of ${stream.length}` : ''}
      </span>
      <NeighbourButton neighbour={next} onPick={onPick}>
        Next in stream
      </NeighbourButton>
    </fieldset>
  );
}

interface NeighbourButtonProps {
  /** The neighbouring event; none at either end of the stream, or while it is being read. */
  readonly neighbour: StoredEvent | undefined;
  readonly onPick: (event: StoredEvent) => void;
  readonly children: ReactNode;
}

/** Picks one neighbour in the stream; disabled where there is none. */
function NeighbourButton({ neighbour, onPick, children }: NeighbourButtonProps) {
  return (
    <button
      type="button"
      className="log-button"
      disabled={!neighbour}
      onClick={() => neighbour && onPick(neighbour)}
    >
      {children}
    </button>
  );
}
