import { describe, expect, it } from 'vitest';
import { sagaRun, startedSteps, streamOf } from './saga-scenario';

const secondSaga = ['inventory', 'payment', 'notification', 'orders'].map((target) => ({
  source: 'saga-2',
  target,
}));

describe('given two sagas subscribed to the same orders (a misconfiguration)', () => {
  it('when both decide for one order, then each loads the other’s events before deciding: every step is sent once and the saga completes once', () => {
    const { sim, commands } = sagaRun({
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
    // Both wrote the one stream (whichever handled an answer first), yet no step was sent twice.
    expect(new Set(stream.map((event) => event.source))).toEqual(new Set(['saga', 'saga-2']));
    expect(
      commands
        .filter(({ command }) => command.type !== 'PlaceOrder')
        .map(({ command }) => command.type),
    ).toEqual(['ReserveInventory', 'ProcessPayment', 'ConfirmOrder', 'SendNotification']);
    expect(stream.filter((event) => event.type === 'saga.completed')).toHaveLength(1);
    expect(sim.events().filter((event) => event.type === 'system.error.occurred')).toEqual([]);
    expect(sim.summary().sagas).toEqual({ completed: 1, compensated: 0, stuck: 0 });
  });
});
