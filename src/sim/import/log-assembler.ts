import type { StoredEvent } from '../../core/messages/event';
import type { ImportLimits } from './import-limits';
import { type ImportLocation, ImportRefusal } from './import-problem';

/** An imported log, ready to store: positions 1..N, stream versions contiguous per stream. */
export interface AssembledLog {
  readonly events: StoredEvent[];
  /**
   * True when positions or stream versions had to be renumbered: the file was a filtered
   * export (gaps), so the stored log is a compacted copy rather than the original.
   */
  readonly renumbered: boolean;
}

/**
 * Collects events in file order and checks what holds across them: ids unique within the
 * file, positions (CloudEvents `sequence`) strictly increasing, the event limit. Positions are
 * then renumbered gap-free (1..N) and stream versions contiguous, because the event store's
 * invariants require it and a filtered export leaves gaps; a full export keeps its numbers.
 */
export class LogAssembler {
  private readonly events: StoredEvent[] = [];
  private readonly seenIds = new Map<string, ImportLocation>();
  private lastPosition = 0;

  constructor(private readonly limits: ImportLimits) {}

  add(event: StoredEvent, at: ImportLocation): void {
    if (this.events.length >= this.limits.maxEvents) {
      throw new ImportRefusal({
        at,
        message: `more than ${this.limits.maxEvents.toLocaleString('en')} events (the import limit)`,
      });
    }
    const firstSeen = this.seenIds.get(event.id);
    if (firstSeen !== undefined) {
      throw new ImportRefusal({
        at,
        field: 'id',
        message: `duplicate id "${event.id}" (first at ${describeLocation(firstSeen)})`,
      });
    }
    if (event.position <= this.lastPosition) {
      throw new ImportRefusal({
        at,
        field: 'sequence',
        message: `position ${event.position} does not follow ${this.lastPosition} (events must be in log order)`,
      });
    }
    this.seenIds.set(event.id, at);
    this.lastPosition = event.position;
    this.events.push(event);
  }

  get count(): number {
    return this.events.length;
  }

  finish(): AssembledLog {
    const versions = new Map<string, number>();
    let renumbered = false;
    const events = this.events.map((event, index) => {
      const streamVersion = (versions.get(event.streamId) ?? 0) + 1;
      versions.set(event.streamId, streamVersion);
      const position = index + 1;
      if (position === event.position && streamVersion === event.streamVersion) return event;
      renumbered = true;
      return Object.freeze({ ...event, position, streamVersion });
    });
    return { events, renumbered };
  }
}

function describeLocation(at: ImportLocation): string {
  if ('line' in at && at.line !== undefined) return `line ${at.line}`;
  if ('index' in at && at.index !== undefined) return `event [${at.index}]`;
  return 'an earlier event';
}
