import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../../../src/core/messages/event';
import {
  deadLetterStreamId,
  parkedLetters,
} from '../../../../src/sim/components/dlq/parked-letters';
import type { HostSnapshot } from '../../../../src/sim/host/engine-host';
import { loadScenario } from '../../../../src/sim/scenario/load-scenario';
import { hostHarness } from './host-fixtures';

/** The shipped example with the Analytics Consumer failing every attempt. */
function failingAnalyticsExample() {
  const raw = JSON.parse(
    readFileSync(resolve(__dirname, '../../../../public/scenarios/order-saga.json'), 'utf8'),
  );
  const analytics = raw.components.find((entry: { id: string }) => entry.id === 'analytics');
  analytics.faults = { failureRate: 1 };
  const loaded = loadScenario(raw);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.scenario;
}

const heldBy = (snapshot: HostSnapshot | undefined, id: string) =>
  snapshot?.components.find((component) => component.id === id)?.extra.deadLetters;

describe('given a run whose saved log trails the engine when Redrive all is pressed', () => {
  it('when the queue is redriven, then the engine empties all of it, not just the letters saved so far', () => {
    const { host, snapshots, ticks } = hostHarness();
    const dlqId = 'dlq';
    host.load(failingAnalyticsExample());
    host.setSpeed('max');
    host.run();
    const log = (): StoredEvent[] => snapshots.flatMap((snapshot) => snapshot.newEvents.events);
    const latest = () => snapshots.at(-1);
    let wall = 0;
    const frame = () => {
      wall += 16;
      ticks(wall);
    };
    while ((heldBy(latest(), dlqId) ?? 0) < 8) frame();
    host.pause();
    frame();
    const held = heldBy(latest(), dlqId) ?? 0;
    // A page whose saving fell behind has stored only the first half of the log.
    const whole = log();
    const saved = whole.slice(0, Math.floor(whole.length / 2));
    const queueStream = (events: readonly StoredEvent[]) =>
      events.filter((event) => event.streamId === deadLetterStreamId(dlqId));
    expect(parkedLetters(queueStream(saved)).length).toBeLessThan(held);

    host.injectFault({ target: 'analytics', setting: 'failure-rate', value: 0 });
    host.redrive(dlqId, 'all');
    frame();

    expect(heldBy(latest(), dlqId)).toBe(0);
    expect(log().filter((event) => event.type === 'deadletter.redriven')).toHaveLength(held);
    expect(parkedLetters(queueStream(log()))).toEqual([]);
  });
});
