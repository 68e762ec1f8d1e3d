import type { ComponentFaults } from '../../../sim/scenario/component-configs';
import type { LiveComponentMetrics } from '../../../state/live/live-metrics';

export type NodeHealth = LiveComponentMetrics['status'] | 'idle';

const healthLabels: Record<NodeHealth, string> = {
  idle: 'Not running yet',
  running: 'Running',
  failing: 'Failing: a fault is active',
  down: 'Down (crashed)',
};

/** What the node's state dot says, for its title and screen readers. */
export function healthLabel(health: NodeHealth): string {
  return healthLabels[health];
}

/**
 * The faults to show on a node: what its configuration sets, or, when a fault came from the
 * schedule or a live injection instead, what the engine reports.
 */
export function activeFaultLabels(faults: ComponentFaults, health: NodeHealth): string[] {
  const labels: string[] = [];
  if (faults.down) labels.push('down');
  if (faults.failureRate > 0) labels.push(`${Math.round(faults.failureRate * 100)}% fail`);
  if (faults.failNext > 0) labels.push(`fail next ${faults.failNext}`);
  if (faults.slowFactor > 1) labels.push(`slow ×${faults.slowFactor}`);
  if (faults.latencyMs !== undefined) labels.push(`${faults.latencyMs} ms`);
  if (labels.length === 0 && health === 'down') labels.push('down');
  if (labels.length === 0 && health === 'failing') labels.push('fault active');
  return labels;
}
