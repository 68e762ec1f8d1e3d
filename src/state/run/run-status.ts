import type { HostSnapshot } from '../../sim/host/engine-host';

export type RunStatus = 'idle' | 'running' | 'paused';

/**
 * The toolbar's view of a snapshot: running, paused part-way, or idle (nothing loaded, or a
 * loaded run that has not taken a step yet, which is what "Ready" means to a person).
 */
export function runStatusOf(snapshot: HostSnapshot): RunStatus {
  if (snapshot.status === 'running') return 'running';
  if (snapshot.status === 'empty' || snapshot.steps === 0) return 'idle';
  return 'paused';
}

/** True when the engine holds a scenario with something in it, so Run and Step make sense. */
export function hasRunnableScenario(snapshot: HostSnapshot): boolean {
  return snapshot.status !== 'empty' && snapshot.components.length > 0;
}
