import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../../src/sim/engine/simulation';
import { loadScenario } from '../../../../src/sim/scenario/load-scenario';
import type { Scenario } from '../../../../src/sim/scenario/scenario-schema';
import { exampleScenarioJson } from '../../../support/sim-arbitrary';

function example(reorderJitterMs: number): Scenario {
  const raw = exampleScenarioJson() as { components: Array<Record<string, unknown>> };
  const bus = raw.components.find((component) => component.id === 'bus')!;
  bus.config = { ...(bus.config as object), reorderJitterMs };
  const loaded = loadScenario(raw);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.scenario;
}

const violations = (simulation: Simulation) =>
  simulation.events().filter((event) => event.type === 'system.order.violated');

describe('given the example with heavy reorder jitter on the bus', () => {
  it('when a consumer applies a stream out of version order, then the log records it', () => {
    const simulation = new Simulation(example(3000));
    simulation.runUntil(60_000);
    const found = violations(simulation);
    expect(found.length).toBeGreaterThan(0);
    const data = found[0]!.data as {
      version: number;
      lastAppliedVersion: number;
      consumerId: string;
    };
    expect(data.version).toBeLessThan(data.lastAppliedVersion);
    expect(data.consumerId).toBe('analytics');
  });

  it('when the bus keeps order (no jitter), then no violation is recorded', () => {
    const simulation = new Simulation(example(0));
    simulation.runUntil(60_000);
    expect(violations(simulation)).toEqual([]);
  });
});
