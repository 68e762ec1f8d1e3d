import { describe, expect, it } from 'vitest';
import { fieldOf, sagaRun, startedSteps, streamOf } from './saga-scenario';

const secondSaga = ['inventory', 'payment', 'notification', 'orders'].map((target) => ({
  source: 'saga-2',
  target,
}));

describe('given two sagas subscribed to the same orders (a misconfiguration)', () => {
  it('when both decide for one order, then expected versions keep the stream consistent and the conflicts are visible', () => {
    const { sim } = sagaRun({
      extraComponents: [{ id: 'saga-2', kind: 'saga' }],
      extraConnections: [{ source: 'bus', target: 'saga-2' }, ...secondSaga],
    });
    sim.runUntil(30_000);

    expect(startedSteps(sim)).toEqual([
      'reserve-inventory#1',
      'process-payment#1',
      'confirm-order#1',
      'send-notification#1',
    ]);
    const stream = streamOf(sim, 'saga-o-1');
    expect(stream.filter((event) => event.type === 'saga.completed')).toHaveLength(1);
    const conflicts = sim
      .events()
      .filter((event) => event.type === 'system.error.occurred')
      .map((event) => String(fieldOf(event, 'reason')));
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts[0]).toMatch(/^Stream "saga-o-1" expected version \d+ but is at version \d+/);
    expect(sim.summary().sagas).toEqual({ completed: 1, compensated: 0, stuck: 0 });
  });
});
