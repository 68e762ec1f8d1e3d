import type { StoredEvent } from '../../../src/core/messages/event';
import { readEvents, readHead } from '../../../src/infra/db/event-batches';
import { OrderStatisticsHistory } from '../../../src/state/charts/order-statistics-history';
import { DeadLettersModel } from '../../../src/state/dlq/dead-letters-model';
import { InvariantModel } from '../../../src/state/invariants/invariant-model';
import { RecentEvents } from '../../../src/state/live/recent-events';
import type { EventLogSource } from '../../../src/state/log/event-log-source';
import { LogFollower, type OrderedLogSink } from '../../../src/state/log/log-follower';
import { SagaTimelineModel } from '../../../src/state/timeline/saga-timeline-model';
import { benchDb } from './bench-log-db';

export interface FoldSample {
  readonly ms: number;
  readonly events: number;
  /** What the models hold: both sides must build the same read models. */
  readonly checksum: string;
}

/** The page's models derived from the log, fresh: what a reload rebuilds. */
function pageModels() {
  const statistics = new OrderStatisticsHistory(() => {});
  const timeline = new SagaTimelineModel();
  const invariants = new InvariantModel();
  const deadLetters = new DeadLettersModel();
  const sinks: OrderedLogSink[] = [statistics, timeline, invariants, deadLetters];
  const checksum = () =>
    [
      `${statistics.model.totalOrders} orders`,
      `${JSON.stringify(statistics.model).length} chars of statistics`,
      `${timeline.snapshot.timeline.lanes().length} saga lanes`,
      `through ${deadLetters.snapshot.through}`,
    ].join(', ');
  return { sinks, checksum };
}

/** The stored log as the page reads it: paged position ranges over the batch records. */
function logSource(dbName: string): EventLogSource {
  const db = () => benchDb(dbName);
  return {
    head: async () => readHead(await db()),
    readAll: async (fromPosition, limit) => readEvents(await db(), fromPosition, limit),
    readStream: async () => [],
    readCorrelation: async () => [],
    onHeadChange: () => () => {},
  };
}

/**
 * Ours: what the page does after a reload: the one LogFollower, with the page's four models
 * attached (chart statistics through the kernel's ProjectionManager, saga timeline, invariants,
 * dead letters), catches up from the stored log in its pages (`pageSize`, default 2,000), each
 * position applied once to all of them. The database is opened once, untimed (the app keeps it
 * open).
 */
export async function rebuildThroughFollower(
  dbName: string,
  pageSize?: number,
): Promise<FoldSample> {
  const head = await readHead(await benchDb(dbName));
  const models = pageModels();
  const follower = new LogFollower(pageSize === undefined ? {} : { pageSize });
  for (const sink of models.sinks) follower.attach(sink);
  // One more sink says when the head is applied, so the timing waits on nothing else.
  let reachedHead = () => {};
  const atHead = new Promise<void>((resolve) => {
    reachedHead = resolve;
  });
  follower.attach({
    reset: () => {},
    apply: (events) => {
      if ((events.at(-1)?.position ?? 0) >= head) reachedHead();
    },
  });
  const started = performance.now();
  const stop = follower.follow(new RecentEvents(), logSource(dbName));
  await atHead;
  const ms = performance.now() - started;
  stop();
  return { ms, events: follower.appliedThrough, checksum: models.checksum() };
}

/** Baseline: one raw Dexie read of every batch record (`toArray`), then the same models fed at once. */
export async function rawReadAndFold(dbName: string): Promise<FoldSample> {
  const db = await benchDb(dbName);
  const models = pageModels();
  const started = performance.now();
  const records = await db.eventBatches.toArray();
  const events = records.flatMap((record) => record.events as StoredEvent[]);
  for (const sink of models.sinks) sink.apply(events);
  const ms = performance.now() - started;
  return { ms, events: events.length, checksum: models.checksum() };
}
