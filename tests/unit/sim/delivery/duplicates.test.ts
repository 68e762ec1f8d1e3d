import { describe, expect, it } from 'vitest';
import { duplicatingPipeline, eventsOfType, metricsOf, pipeline } from './pipeline-scenario';

describe('given a bus that duplicates half its messages, with two consumer groups', () => {
  const sim = duplicatingPipeline();
  sim.runUntil(30_000);
  const unique = eventsOfType(sim, 'order.placed').length;
  const duplicated = metricsOf(sim, 'bus').extra.duplicated ?? 0;

  it('when the idempotent consumer sees a repeat, then it is caught and not applied', () => {
    const safe = metricsOf(sim, 'safe').extra;

    expect(duplicated).toBeGreaterThan(50);
    expect(safe.duplicatesCaught).toBe(duplicated);
    expect(safe.applied).toBe(unique);
    expect(safe.duplicatesApplied).toBeUndefined();
  });

  it('when the non-idempotent consumer sees a repeat, then it applies it again, visibly', () => {
    const naive = metricsOf(sim, 'naive').extra;
    const warnings = eventsOfType(sim, 'system.duplicate.applied');

    expect(naive.duplicatesApplied).toBe(duplicated);
    expect(naive.applied).toBe(unique + duplicated);
    expect(warnings).toHaveLength(duplicated);
    const placedIds = new Set(eventsOfType(sim, 'order.placed').map((event) => event.id));
    for (const warning of warnings) {
      const data = warning.data as { eventId: string; consumerId: string };
      expect(data.consumerId).toBe('naive');
      expect(placedIds.has(data.eventId)).toBe(true);
      expect(warning.causationId).toBe(data.eventId);
    }
  });
});

describe('given a consumer that is not idempotent, behind a bus that duplicates every message', () => {
  it('when it is made idempotent while running, then repeats of the events it applied before are caught', () => {
    const sim = pipeline({
      producer: { maxOrders: 20, ratePerSecond: 10 },
      bus: { duplicateRate: 1 },
      consumers: [{ id: 'worker', config: { idempotent: false } }],
    });
    sim.runUntil(1_000);
    const before = metricsOf(sim, 'worker').extra;

    sim.reconfigure('worker', { idempotent: true });
    sim.runUntil(30_000);
    const after = metricsOf(sim, 'worker').extra;

    expect(before.duplicatesApplied).toBeGreaterThan(0);
    expect(before.duplicatesCaught).toBeUndefined();
    expect(after.duplicatesApplied).toBe(before.duplicatesApplied);
    expect(after.duplicatesCaught).toBeGreaterThan(0);
    expect(after.applied).toBe(
      eventsOfType(sim, 'order.placed').length + (after.duplicatesApplied ?? 0),
    );
  });
});
