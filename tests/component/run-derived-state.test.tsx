import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/core/messages/event';
import type { HostSnapshot } from '../../src/sim/host/engine-host';
import type { ComponentMetricsSnapshot } from '../../src/sim/metrics/component-metrics';
import type { CanvasNode } from '../../src/state/graph/canvas-node';
import { type LiveComponentMetrics, mergeLiveMetrics } from '../../src/state/live/live-metrics';
import { RecentEvents } from '../../src/state/live/recent-events';
import { ThroughputTracker } from '../../src/state/live/throughput-tracker';
import { graphStructureKey } from '../../src/state/run/structure';
import { makeNotice, maxNotices, withNotice } from '../../src/state/ui/notices-slice';
import { edgeFlow, flowBasis } from '../../src/ui/canvas/edges/edge-flow';
import { faultLabels } from '../../src/ui/canvas/nodes/fault-labels';
import { describeBadges } from '../../src/ui/canvas/nodes/node-badges';

function metrics(id: string, handled: number, received = handled): ComponentMetricsSnapshot {
  return {
    id,
    received,
    handled,
    errors: 0,
    queueDepth: 0,
    inFlight: 0,
    latency: { p50: 0, p95: 0, p99: 0 },
    status: 'running',
    extra: {},
  };
}

function snapshot(runId: number, time: number, events: number, handled: number, running = true) {
  return {
    runId,
    time,
    events,
    running,
    components: [metrics('a', handled)],
  } as unknown as HostSnapshot;
}

const live = (id: string, handled: number): LiveComponentMetrics => ({
  ...metrics(id, handled),
  throughput: 0,
  intake: 0,
  flowLevel: 0,
  intakeLevel: 0,
});

describe('given a throughput tracker', () => {
  it('when a run advances at 10x, then throughput is per simulated second and the event rate per wall second', () => {
    const tracker = new ThroughputTracker(1000);
    // Frames 10 wall ms apart at 10x: 100 simulated ms, 2 handled and 5 events per frame.
    let rates = tracker.observe(snapshot(1, 0, 0, 0), 0);
    for (let frame = 1; frame <= 200; frame += 1) {
      rates = tracker.observe(snapshot(1, frame * 100, frame * 5, frame * 2), frame * 10);
    }
    expect(rates.rates.get('a')?.throughput).toBe(20); // 2 per 100 simulated ms
    expect(rates.eventsPerSecond).toBe(500); // 5 per 10 wall ms
    expect(rates.rates.get('a')?.flowLevel).toBe(3); // 200 handled per wall second
  });

  it('when the run pauses, then throughput stays, flow and event rate drop to 0; a new run starts over', () => {
    const tracker = new ThroughputTracker(1000);
    for (let frame = 0; frame <= 100; frame += 1) {
      tracker.observe(snapshot(1, frame * 16, frame, frame), frame * 16);
    }
    const paused = tracker.observe(snapshot(1, 1600, 100, 100, false), 1700);
    expect(paused.eventsPerSecond).toBe(0);
    expect(paused.rates.get('a')?.flowLevel).toBe(0);
    expect(paused.rates.get('a')?.throughput).toBe(63); // 1 per 16 simulated ms, rounded

    const fresh = tracker.observe(snapshot(2, 0, 0, 0, false), 1800);
    expect(fresh.rates.get('a')?.throughput).toBe(0);
  });
});

describe('given live metrics in the store', () => {
  it('when a frame changes one component, then the others keep their objects', () => {
    const previous = { a: live('a', 1), b: live('b', 1) };
    const rates = new Map();
    const same = mergeLiveMetrics(previous, [metrics('a', 1), metrics('b', 1)], rates);
    expect(same).toBe(previous);

    const next = mergeLiveMetrics(previous, [metrics('a', 1), metrics('b', 2)], rates);
    expect(next).not.toBe(previous);
    expect(next.a).toBe(previous.a);
    expect(next.b).not.toBe(previous.b);
    expect(next.b?.handled).toBe(2);
  });
});

describe('given the canvas structure', () => {
  const node = (id: string, x = 0) =>
    ({ id, position: { x, y: 0 }, data: { name: id } }) as unknown as CanvasNode;

  it('when nodes move or are renamed, then the structure is the same; when an edge goes, it differs', () => {
    const edges = [{ id: 'a-b', source: 'a', target: 'b' }];
    const key = graphStructureKey([node('a'), node('b')], edges);
    expect(graphStructureKey([node('b', 300), node('a', 90)], edges)).toBe(key);
    expect(graphStructureKey([node('a'), node('b')], [])).not.toBe(key);
    expect(graphStructureKey([node('a')], edges)).not.toBe(key);
  });
});

describe('given edges and live metrics', () => {
  const edges = [
    { id: 'bus-saga', source: 'bus', target: 'saga' },
    { id: 'bus-shipping', source: 'bus', target: 'shipping' },
    { id: 'saga-orders', source: 'saga', target: 'orders' },
    { id: 'api-orders', source: 'api', target: 'orders' },
    { id: 'saga-payment', source: 'saga', target: 'payment' },
  ];

  it('when an edge is its target’s only input, then the target’s intake measures it; a shared edge claims no rate', () => {
    expect(flowBasis(edges, 'bus', 'saga')).toBe('target');
    expect(flowBasis(edges, 'api', 'orders')).toBe('source');
    expect(flowBasis(edges, 'saga', 'orders')).toBe('shared');

    const byId = {
      saga: { ...live('saga', 10), intake: 7, intakeLevel: 2 as const },
      api: { ...live('api', 10), throughput: 20, flowLevel: 2 as const },
    };
    expect(edgeFlow(byId, 'target', 'bus', 'saga')).toEqual({ level: 2, rate: 7 });
    expect(edgeFlow(byId, 'source', 'api', 'orders')).toEqual({ level: 2, rate: 20 });
    expect(edgeFlow(byId, 'shared', 'saga', 'orders')).toEqual({ level: 0, rate: null });
  });
});

describe('given a node’s badges and faults', () => {
  it('when a saga compensates and a queue holds dead letters, then their badges say so with a full description', () => {
    const saga = {
      ...live('saga', 10),
      extra: { sagasCompleted: 4, sagasCompensated: 3, sagasStuck: 1 },
    };
    const texts = describeBadges('saga', saga).map((badge) => badge.text);
    expect(texts).toEqual(['0/s', '✓ 4', '↺ 3', '1 stuck']);
    const dlq = describeBadges('dead-letter-queue', {
      ...live('dlq', 0),
      extra: { deadLetters: 1200 },
    });
    expect(dlq).toEqual([
      { key: 'size', text: '1.2k parked', description: '1200 dead letters parked', tone: 'warn' },
    ]);
  });

  it('when faults are configured or reported, then the chip names them', () => {
    expect(faultLabels({ 'failure-rate': 1 }, 'failing')).toEqual(['100% fail']);
    expect(faultLabels({ 'slow-factor': 3, down: true }, 'down')).toEqual(['down', 'slow ×3']);
    expect(faultLabels({ 'duplicate-rate': 0.5, 'failure-rate': 0.005 }, 'failing')).toEqual([
      '0.5% fail',
      '50% dup',
    ]);
    expect(faultLabels({}, 'down')).toEqual(['down']);
    expect(faultLabels({}, 'running')).toEqual([]);
  });

  it('when a metrics frame differs only in the faults in effect, then it is a new frame', () => {
    const before = mergeLiveMetrics({}, [metrics('bus', 1)], new Map());
    const after = mergeLiveMetrics(
      before,
      [{ ...metrics('bus', 1), faults: { 'duplicate-rate': 0.5 } }],
      new Map(),
    );
    expect(after).not.toBe(before);
    expect(after.bus?.faults).toEqual({ 'duplicate-rate': 0.5 });
  });
});

describe('given the recent events buffer and the notices', () => {
  const event = (position: number) => ({ position }) as StoredEvent;

  it('when more events arrive than it holds, then it keeps the newest; a new run starts empty', () => {
    const recent = new RecentEvents(3);
    const batches: number[] = [];
    recent.subscribe((events) => batches.push(events.length));
    recent.push(1, [event(1), event(2)]);
    recent.push(1, [event(3), event(4), event(5)]);
    expect(recent.list().map((stored) => stored.position)).toEqual([3, 4, 5]);
    recent.push(2, [event(1)]);
    expect(recent.list().map((stored) => stored.position)).toEqual([1]);
    expect(batches).toEqual([2, 3, 1]);
  });

  it('when a notice repeats its key, then it replaces the earlier one, and only the newest few stay', () => {
    let notices = withNotice([], makeNotice('canvas', 'info', 'first'));
    notices = withNotice(notices, makeNotice('canvas', 'error', 'second'));
    expect(notices.map((notice) => notice.text)).toEqual(['second']);
    for (const key of ['a', 'b', 'c', 'd'])
      notices = withNotice(notices, makeNotice(key, 'info', key));
    expect(notices).toHaveLength(maxNotices);
    expect(notices.map((notice) => notice.key)).toEqual(['b', 'c', 'd']);
  });
});
