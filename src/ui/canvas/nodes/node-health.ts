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
