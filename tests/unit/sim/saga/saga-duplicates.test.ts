import { describe, expect, it } from 'vitest';
import { extraOf, sagaRun, startedSteps, streamOf } from './saga-scenario';

const everyEventTwice = { bus: { duplicateRate: 1 } };

describe('given a bus that delivers every event twice', () => {
  it('when one order is placed, then one saga starts and each step runs once', () => {
    const { sim, commands } = sagaRun({ config: everyEventTwice });
    sim.runUntil(10_000);

    expect(extraOf(sim, 'bus', 'duplicated')).toBeGreaterThan(0);
    const sagaEvents = streamOf(sim, 'saga-o-1');
    expect(sagaEvents.filter((event) => event.type === 'saga.started')).toHaveLength(1);
    expect(startedSteps(sim)).toEqual([
      'reserve-inventory#1',
      'process-payment#1',
      'confirm-order#1',
      'send-notification#1',
    ]);
    expect(sagaEvents.at(-1)?.type).toBe('saga.completed');
    expect(extraOf(sim, 'saga', 'sagasStarted')).toBe(1);
    // The second copy of order.placed and of each reply decided nothing.
    expect(extraOf(sim, 'saga', 'answersIgnored')).toBe(5);
    const sagaCommands = commands.filter(({ command }) => command.source === 'saga');
    expect(sagaCommands).toHaveLength(4);
  });

  it('when a participant fails once, then the duplicated failure does not use up a second attempt', () => {
    const { sim } = sagaRun({ config: everyEventTwice, faults: { payment: { failNext: 1 } } });
    sim.runUntil(10_000);

    expect(startedSteps(sim)).toEqual([
      'reserve-inventory#1',
      'process-payment#1',
      'process-payment#2',
      'confirm-order#1',
      'send-notification#1',
    ]);
    expect(extraOf(sim, 'saga', 'staleFailures')).toBe(1);
    expect(streamOf(sim, 'saga-o-1').at(-1)?.type).toBe('saga.completed');
  });
});
