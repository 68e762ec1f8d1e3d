import { useEffect, useState } from 'react';
import type { StoredEvent } from '../../core/messages/event';
import type { EventLogSource } from '../../state/log/event-log-source';
import type { EventLogView } from '../../state/log/event-log-view';

/**
 * The event at `position`: the one handed over with the selection (from a causation tree), the
 * table's loaded row, or else one read of the source. Null while it is being read or when the
 * position no longer exists (a new run).
 */
export function useSelectedEvent(
  view: EventLogView,
  source: EventLogSource,
  position: number | null,
  handedOver: StoredEvent | null,
): StoredEvent | null {
  const known =
    position === null
      ? null
      : handedOver?.position === position
        ? handedOver
        : (view.eventAt(view.rowIndexOf(position)) ?? null);
  const [read, setRead] = useState<StoredEvent | null>(null);

  useEffect(() => {
    if (position === null || known) return;
    let current = true;
    source.readAll(position, 1).then(
      ([event]) => current && setRead(event?.position === position ? event : null),
      () => current && setRead(null),
    );
    return () => {
      current = false;
    };
  }, [source, position, known]);

  if (known) return known;
  return read?.position === position ? read : null;
}
