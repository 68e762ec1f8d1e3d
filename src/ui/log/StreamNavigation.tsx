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
      <button
        type="button"
        className="log-button"
        disabled={!previous}
        onClick={() => previous && onPick(previous)}
      >
        Previous in stream
      </button>
      <span className="log-detail__where">
        {event.streamId} v{event.streamVersion}
        {stream ? ` of ${stream.length}` : ''}
      </span>
      <button
        type="button"
        className="log-button"
        disabled={!next}
        onClick={() => next && onPick(next)}
      >
        Next in stream
      </button>
    </fieldset>
  );
}
