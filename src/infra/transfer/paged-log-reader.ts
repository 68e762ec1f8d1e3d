import type { StoredEvent } from '../../core/messages/event';

/** What an export reads: the log's head and pages by position (the app's EventLogSource fits). */
export interface PagedLogReader {
  head(): Promise<number>;
  readAll(fromPosition: number, limit: number): Promise<StoredEvent[]>;
}
