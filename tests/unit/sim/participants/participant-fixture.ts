import type { Command } from '../../../../src/core/messages/command';
import type { StoredEvent } from '../../../../src/core/messages/event';
import { Simulation } from '../../../../src/sim/engine/simulation';
import { loadScenario } from '../../../../src/sim/scenario/load-scenario';

/** A simulation holding one participant service (id = kind), with the given faults. */
export function participantSimulation(
  kind: 'inventory' | 'payment' | 'notification',
  faults: Record<string, unknown> = {},
  seed = 5,
): Simulation {
  const result = loadScenario({
    version: 2,
    name: kind,
    seed,
    components: [{ id: kind, kind, name: kind, faults }],
    connections: [],
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const sim = new Simulation(result.scenario);
  sim.start();
  return sim;
}

/** Sends a command to the participant as the saga would, and runs until it was handled. */
export function send(sim: Simulation, target: string, type: string, data: object): Command {
  const command = sim.ctx.factory.command(type, data, { source: 'test' });
  sim.component(target)?.receiveCommand?.(command, 'test');
  sim.runUntil(sim.scheduler.now() + 10_000);
  return command;
}

/** The reply events in a participant's stream for one order. */
export function repliesFor(sim: Simulation, target: string, orderId: string): StoredEvent[] {
  return sim.ctx.log.readStreamSync(`${target}-${orderId}`);
}

export const lines = [
  { sku: 'sku-1', quantity: 2, unitPrice: 500 },
  { sku: 'sku-2', quantity: 1, unitPrice: 900 },
];
