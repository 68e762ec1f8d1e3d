import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Simulation } from '../../../../src/sim/engine/simulation';
import { loadScenario } from '../../../../src/sim/scenario/load-scenario';

export interface ExampleVariant {
  /** Payment's failure rate (0..1): 1 makes every saga compensate. */
  readonly paymentFailureRate?: number;
  /** Analytics consumer not idempotent, and the bus duplicating this share of messages. */
  readonly duplicateRate?: number;
  readonly untilMs?: number;
  /** Replaces the scenario's seed. */
  readonly seed?: number;
}

/** The shipped order-saga example (public/scenarios/order-saga.json), varied and run. */
export function runExample(variant: ExampleVariant = {}): Simulation {
  const path = resolve(__dirname, '../../../../public/scenarios/order-saga.json');
  const raw = JSON.parse(readFileSync(path, 'utf8'));
  if (variant.seed !== undefined) raw.seed = variant.seed;
  const component = (id: string) => raw.components.find((entry: { id: string }) => entry.id === id);
  if (variant.paymentFailureRate !== undefined) {
    component('payment').faults = { failureRate: variant.paymentFailureRate };
  }
  if (variant.duplicateRate !== undefined) {
    component('bus').config = { ...component('bus').config, duplicateRate: variant.duplicateRate };
    component('analytics').config = { ...component('analytics').config, idempotent: false };
  }
  const loaded = loadScenario(raw);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const simulation = new Simulation(loaded.scenario);
  simulation.runUntil(variant.untilMs ?? 30_000);
  return simulation;
}
