import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/core/messages/event';
import { InvariantChecker } from '../../src/sim/analysis/invariants';
import { buildSagaTimeline } from '../../src/sim/analysis/saga-timeline';
import { InvariantModel } from '../../src/state/invariants/invariant-model';
import { RecentEvents } from '../../src/state/live/recent-events';
import { LogFollower, type LogFollowerOptions } from '../../src/state/log/log-follower';
import { SagaTimelineModel } from '../../src/state/timeline/saga-timeline-model';
import { TimelineLogSource } from '../support/timeline-log-source';
import { runExample } from '../unit/sim/analysis/example-run';

// The one follower of the log: live events plus catch-up from the stored log, in position
// order, into every model attached to it (here mostly the saga timeline).
let run: StoredEvent[];
beforeAll(() => {
  run = runExample({ paymentFailureRate: 1, untilMs: 8_000 }).events();
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A follower feeding a saga timeline; `feed` reads both as the old single feed did. */
function followedTimeline(options: LogFollowerOptions = {}) {
  const follower = new LogFollower(options);
  const timeline = new SagaTimelineModel();
  follower.attach(timeline);
  return {
    follow: follower.follow.bind(follower),
    noteRun: follower.noteRun.bind(follower),
    get appliedThrough() {
      return follower.appliedThrough;
    },
    get skipped() {
      return follower.skipped;
    },
    get state() {
      return timeline.snapshot;
    },
  };
}

/** What the whole log folds to, as the feed must show it. */
const expectedLanes = (events: readonly StoredEvent[]) => buildSagaTimeline(events).lanes();

describe('given live events from the first position', () => {
  it('when batches arrive, some twice, then every event is folded once, in order', () => {
    const feed = followedTimeline();
    const buffer = new RecentEvents(100_000);
    feed.follow(buffer, null);
    buffer.push(1, run.slice(0, 700));
    buffer.push(1, run.slice(500, 2_000));
    buffer.push(1, run.slice(2_000));

    expect(run.length).toBeGreaterThan(2_500);
    expect(feed.appliedThrough).toBe(run.length);
    expect(feed.state.timeline.lanes()).toEqual(expectedLanes(run));
  });
});

describe('given a feed that starts following in the middle of a run', () => {
  it('when the stored log has the start, then it is read in pages and the live tail waits for it', async () => {
    const feed = followedTimeline({ pageSize: 500 });
    const buffer = new RecentEvents(1_000);
    buffer.push(1, run);
    const source = new TimelineLogSource(run, run.length - 300);

    feed.follow(buffer, source);
    await flush();

    expect(feed.appliedThrough).toBe(run.length);
    expect(feed.skipped).toBe(0);
    expect(source.reads.every(([, limit]) => limit === 500)).toBe(true);
    expect(source.reads.length).toBeGreaterThan(3);
    expect(feed.state.timeline.lanes()).toEqual(expectedLanes(run));
  });

  it('when the stored log lags behind the gap, then the feed waits and completes once it is durable', async () => {
    const feed = followedTimeline();
    const buffer = new RecentEvents(1_000);
    buffer.push(1, run);
    const source = new TimelineLogSource(run, 400);

    feed.follow(buffer, source);
    await flush();
    expect(feed.appliedThrough).toBe(400);

    source.advanceHead(run.length - 1_000);
    await flush();

    expect(feed.appliedThrough).toBe(run.length);
    expect(feed.state.timeline.lanes()).toEqual(expectedLanes(run));
  });

  it('when there is no stored log, then the gap is skipped, counted, and the tail still shows', () => {
    const feed = followedTimeline();
    const buffer = new RecentEvents(1_000);
    buffer.push(1, run);

    feed.follow(buffer, null);

    expect(feed.skipped).toBe(run.length - 1_000);
    expect(feed.appliedThrough).toBe(run.length);
    expect(feed.state.timeline.lanes()).toEqual(expectedLanes(run.slice(-1_000)));
  });
});

describe('given a feed that followed one run', () => {
  it('when a newer run starts, then the timeline starts over; a late report of the old run changes nothing', () => {
    const feed = followedTimeline();
    const buffer = new RecentEvents(100_000);
    feed.follow(buffer, null);
    buffer.push(1, run);
    const before = feed.state;

    feed.noteRun(2);
    expect(feed.state).not.toBe(before);
    expect(feed.state.timeline.size).toBe(0);

    buffer.push(2, run.slice(0, 100));
    feed.noteRun(1);
    expect(feed.appliedThrough).toBe(100);
    expect(feed.state.timeline.lanes()).toEqual(expectedLanes(run.slice(0, 100)));
  });

  it('when following stops and resumes later, then only the missed events are read', async () => {
    const feed = followedTimeline({ pageSize: 1_000 });
    const buffer = new RecentEvents(500);
    const source = new TimelineLogSource(run, 1_200);
    const stop = feed.follow(buffer, source);
    buffer.push(1, run.slice(0, 1_200));
    stop();
    buffer.push(1, run.slice(1_200));
    source.advanceHead(run.length);
    const readsBefore = source.reads.length;

    feed.follow(buffer, source);
    await flush();

    const resumed = source.reads.slice(readsBefore).map(([from]) => from);
    expect(resumed[0]).toBe(1_201);
    expect(Math.min(...resumed)).toBe(1_201);
    expect(feed.appliedThrough).toBe(run.length);
    expect(feed.state.timeline.lanes()).toEqual(expectedLanes(run));
  });
});

describe('given two models attached to one follower', () => {
  it('when it catches up from the stored log, then it reads what one model alone would, and both models see every event', async () => {
    const alone = followedTimeline({ pageSize: 500 });
    const aloneBuffer = new RecentEvents(1_000);
    aloneBuffer.push(1, run);
    const aloneSource = new TimelineLogSource(run, run.length - 300);
    alone.follow(aloneBuffer, aloneSource);
    await flush();

    const follower = new LogFollower({ pageSize: 500 });
    const timeline = new SagaTimelineModel();
    const invariants = new InvariantModel();
    follower.attach(timeline);
    follower.attach(invariants);
    const buffer = new RecentEvents(1_000);
    buffer.push(1, run);
    const source = new TimelineLogSource(run, run.length - 300);

    follower.follow(buffer, source);
    await flush();

    expect(source.reads).toEqual(aloneSource.reads);
    expect(follower.appliedThrough).toBe(run.length);
    expect(timeline.snapshot.timeline.lanes()).toEqual(expectedLanes(run));
    await new Promise((resolve) => setTimeout(resolve, 150));
    const counts = new InvariantChecker();
    counts.addAll(run);
    expect(invariants.snapshot.counts).toEqual(counts.counts());
  });

  it('when a model is attached half-way, then every model starts over from the first position', async () => {
    const follower = new LogFollower({ pageSize: 500 });
    const timeline = new SagaTimelineModel();
    follower.attach(timeline);
    const buffer = new RecentEvents(100_000);
    const source = new TimelineLogSource(run, run.length);
    follower.follow(buffer, source);
    await flush();
    expect(follower.appliedThrough).toBe(run.length);

    const late = new SagaTimelineModel();
    follower.attach(late);
    await flush();

    expect(source.reads.filter(([from]) => from === 1)).toHaveLength(2);
    expect(late.snapshot.timeline.lanes()).toEqual(expectedLanes(run));
    expect(timeline.snapshot.timeline.lanes()).toEqual(expectedLanes(run));
  });
});
