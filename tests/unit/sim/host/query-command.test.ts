import { describe, expect, it } from 'vitest';
import { MAX_WAIT_MS } from '../../../../src/sim/components/read-side/query-api-component';
import { hostHarness } from './host-fixtures';
import {
  answersIn,
  answerTo,
  checkpointOf,
  eventsIn,
  latestOrderId,
  readSideScenario,
} from './query-fixtures';

const frameMs = 1000 / 60;

/** Fires frames 1/60 s apart (continuing from the last one) until `count` ran or `done()` holds. */
function framer(ticks: (...wallTimes: number[]) => void) {
  let wall = 0;
  return {
    frames(count: number, done: () => boolean = () => false) {
      for (let frame = 0; frame < count && !done(); frame += 1) {
        wall += frameMs;
        ticks(wall);
      }
    },
    get wall() {
      return wall;
    },
  };
}

/** A host running the read-side scenario for `frames` frames at speed 1, then paused. */
function ranThenPaused(frames = 30, pollIntervalMs = 1000) {
  const harness = hostHarness();
  harness.host.load(readSideScenario(pollIntervalMs));
  harness.host.run();
  const clock = framer(harness.ticks);
  clock.frames(frames);
  harness.host.pause();
  clock.frames(1);
  return { ...harness, wall: clock.wall };
}

describe('given a paused run whose projections poll once a second', () => {
  it('when GetOrder asks for the latest order without read-your-writes, then it answers at once, stale, with position, head and lag', () => {
    const { host, snapshots, last, ticks, wall } = ranThenPaused();
    const orderId = latestOrderId(eventsIn(snapshots));

    host.query({ requestId: 'q1', query: 'GetOrder', params: { orderId } });
    ticks(wall + 20);

    const answer = answerTo(snapshots, 'q1');
    const snapshot = last();
    expect(answer).toMatchObject({
      query: 'GetOrder',
      projectionId: 'list',
      position: checkpointOf(snapshot, 'list'),
      head: snapshot.events,
      stale: true,
      waitedMs: 0,
      error: null,
      result: { kind: 'order', order: null },
    });
    expect(answer.lagPositions).toBe(answer.head - answer.position);
    expect(answer.lagPositions).toBeGreaterThan(0);
    expect(answer.minPosition).toBeGreaterThan(answer.position);
    expect(snapshots.at(-1)?.queryAnswer?.requestId).toBe('q1');
  });

  it('when an order the projection has applied is asked for, then the answer is fresh and carries the order', () => {
    const { host, snapshots, ticks, wall } = ranThenPaused(90, 100);
    const firstPlaced = eventsIn(snapshots).find((event) => event.type === 'order.placed');
    const orderId = (firstPlaced?.data as { orderId: string } | undefined)?.orderId;

    host.query({ requestId: 'q2', query: 'GetOrder', params: { orderId }, readYourWrites: true });
    ticks(wall + 20);

    const answer = answerTo(snapshots, 'q2');
    expect(answer.stale).toBe(false);
    expect(answer.position).toBeGreaterThanOrEqual(answer.minPosition);
    expect(answer.result).toMatchObject({ kind: 'order', order: { orderId, status: 'pending' } });
  });

  it('when read-your-writes is on, then the paused host answers stale with a note instead of waiting', () => {
    const { host, snapshots, ticks, wall } = ranThenPaused();
    const orderId = latestOrderId(eventsIn(snapshots));

    host.query({ requestId: 'q3', query: 'GetOrder', params: { orderId }, readYourWrites: true });
    ticks(wall + 20);

    expect(answerTo(snapshots, 'q3')).toMatchObject({ stale: true, waitedMs: 0 });
    expect(answerTo(snapshots, 'q3').note).toMatch(/paused/);
  });

  it('when statistics and pending orders are asked, then each reads its own kind of projection', () => {
    const { host, snapshots, ticks, wall } = ranThenPaused(90, 100);

    host.query({ requestId: 's', query: 'GetOrderStatistics', params: {} });
    host.query({ requestId: 'p', query: 'GetPendingOrders', params: {} });
    ticks(wall + 20, wall + 40, wall + 60);

    const statistics = answerTo(snapshots, 's');
    expect(statistics.projectionId).toBe('stats');
    expect(statistics.result?.kind).toBe('statistics');
    const pending = answerTo(snapshots, 'p');
    expect(pending.projectionId).toBe('list');
    expect(pending.result).toMatchObject({ kind: 'orders' });
    if (pending.result?.kind !== 'orders') throw new Error('expected a list');
    expect(pending.result.total).toBeGreaterThan(0);
    expect(pending.result.orders.every((order) => order.status === 'pending')).toBe(true);
    // One answer per snapshot: the second rides in a later one.
    expect(answersIn(snapshots).map((answer) => answer.requestId)).toEqual(['s', 'p']);
  });
});

describe('given a running host and read-your-writes', () => {
  it('when the latest order is asked for, then the host waits in virtual time until the checkpoint passes it', () => {
    const { host, snapshots, last, ticks } = hostHarness();
    host.load(readSideScenario(1000));
    host.run();
    const clock = framer(ticks);
    clock.frames(30);
    const orderId = latestOrderId(eventsIn(snapshots));
    const askedAt = last().time;

    host.query({ requestId: 'w', query: 'GetOrder', params: { orderId }, readYourWrites: true });
    clock.frames(1);
    expect(answersIn(snapshots)).toEqual([]);
    clock.frames(90, () => answersIn(snapshots).length > 0);

    const answer = answerTo(snapshots, 'w');
    expect(answer.stale).toBe(false);
    expect(answer.note).toBeNull();
    expect(answer.position).toBeGreaterThanOrEqual(answer.minPosition);
    expect(answer.waitedMs).toBeGreaterThan(0);
    expect(answer.waitedMs).toBeLessThanOrEqual(1000 + 20);
    expect(answer.waitedMs).toBeLessThanOrEqual(last().time - askedAt);
    expect(answer.result).toMatchObject({ kind: 'order', order: { orderId } });
  });

  it('when the projection never catches up, then the host gives up after the bound and answers stale', () => {
    const { host, snapshots, ticks } = hostHarness({ maxWallDeltaMs: 1000 });
    host.load(readSideScenario(60_000));
    host.run();
    ticks(0, 500);
    const orderId = latestOrderId(eventsIn(snapshots));

    host.query({ requestId: 'g', query: 'GetOrder', params: { orderId }, readYourWrites: true });
    for (let wall = 1500; wall <= 500 + MAX_WAIT_MS + 1000; wall += 1000) ticks(wall);

    const answer = answerTo(snapshots, 'g');
    expect(answer.stale).toBe(true);
    expect(answer.waitedMs).toBeGreaterThanOrEqual(MAX_WAIT_MS);
    expect(answer.note).toMatch(/Gave up after waiting/);
  });

  it('when the run is reset while a query waits, then the query is answered with the reason', () => {
    const { host, snapshots, ticks } = hostHarness();
    host.load(readSideScenario(60_000));
    host.run();
    ticks(0, 50, 100);
    const orderId = latestOrderId(eventsIn(snapshots));

    host.query({ requestId: 'r', query: 'GetOrder', params: { orderId }, readYourWrites: true });
    ticks(120);
    host.reset();
    ticks(140);

    expect(answerTo(snapshots, 'r')).toMatchObject({
      result: null,
      error: expect.stringMatching(/reset/),
    });
  });
});

describe('given requests the host cannot answer', () => {
  it('when nothing is loaded, a parameter is missing or the projection is wrong, then the answer names the reason', () => {
    const empty = hostHarness();
    empty.host.query({ requestId: 'e', query: 'GetPendingOrders', params: {} });
    empty.ticks(0);
    expect(answerTo(empty.snapshots, 'e').error).toMatch(/no scenario is loaded/);

    const { host, snapshots, ticks } = hostHarness();
    host.load(readSideScenario());
    host.query({ requestId: 'm', query: 'GetOrder', params: { orderId: '  ' } });
    host.query({ requestId: 'u', query: 'GetUserOrders', params: {} });
    host.query({
      requestId: 'w',
      query: 'GetOrder',
      projectionId: 'stats',
      params: { orderId: 'o-1' },
    });
    host.query({ requestId: 'n', query: 'GetOrderStatistics', projectionId: 'nope', params: {} });
    ticks(0, 10, 20, 30);

    expect(answerTo(snapshots, 'm').error).toBe('GetOrder needs an order id');
    expect(answerTo(snapshots, 'u').error).toBe('GetUserOrders needs a user id');
    expect(answerTo(snapshots, 'w').error).toMatch(
      /Order Statistics keeps the order-statistics read model/,
    );
    expect(answerTo(snapshots, 'n').error).toBe('No Projection component "nope" in this scenario');
  });
});
