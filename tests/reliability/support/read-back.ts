import type { EventStore } from '../../../src/core/store/event-store';
import type { LogEntry } from './log-checker';
import { placeOf } from './store-fixtures';

const PAGE = 5_000;

/** The whole log through readAll (paged), and every stream in it through readStream (paged). */
export async function readBack(
  store: EventStore,
  pageSize = PAGE,
): Promise<{ all: LogEntry[]; streams: Map<string, LogEntry[]> }> {
  const all: LogEntry[] = [];
  for (let from = 1; ; ) {
    const page = await store.readAll(from, pageSize);
    all.push(...page.map(placeOf));
    if (page.length < pageSize) break;
    from = page.at(-1)!.position + 1;
  }
  const streams = new Map<string, LogEntry[]>();
  for (const streamId of new Set(all.map((entry) => entry.streamId))) {
    const events: LogEntry[] = [];
    for (let from = 1; ; ) {
      const page = await store.readStream(streamId, from, pageSize);
      events.push(...page.map(placeOf));
      if (page.length < pageSize) break;
      from = page.at(-1)!.streamVersion + 1;
    }
    streams.set(streamId, events);
  }
  return { all, streams };
}
