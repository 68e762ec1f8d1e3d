import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StoredEvent } from '../../../../src/core/messages/event';
import { Simulation } from '../../../../src/sim/engine/simulation';
import { parseImportText } from '../../../../src/sim/import/parse-import';
import { loadScenario } from '../../../../src/sim/scenario/load-scenario';
import type { Scenario } from '../../../../src/sim/scenario/scenario-schema';

/** The shipped order-saga example, validated. */
export function exampleScenario(): Scenario {
  const path = resolve(__dirname, '../../../../public/scenarios/order-saga.json');
  const loaded = loadScenario(JSON.parse(readFileSync(path, 'utf8')));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.scenario;
}

/** The example run for `untilMs` of virtual time: a realistic, varied log. */
export function exampleLog(untilMs = 20_000): StoredEvent[] {
  const simulation = new Simulation(exampleScenario());
  simulation.runUntil(untilMs);
  return simulation.events();
}

/** The refusal message of a file that must be refused (fails the test if it was accepted). */
export function refusalOf(text: string, limits?: Parameters<typeof parseImportText>[1]): string {
  const result = parseImportText(text, limits);
  if (result.ok) throw new Error('expected the file to be refused, but it was accepted');
  return result.message;
}

/** The events of a file that must be accepted as a log. */
export function importedEvents(text: string): StoredEvent[] {
  const result = parseImportText(text);
  if (!result.ok) throw new Error(`expected the file to be accepted: ${result.message}`);
  if (result.kind !== 'log') throw new Error(`expected a log, got a ${result.kind}`);
  return result.events;
}
