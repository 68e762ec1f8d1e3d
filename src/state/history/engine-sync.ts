import type { EngineHost } from '../../sim/host/engine-host';
import type { CanvasNode } from '../graph/canvas-node';
import { faultInjectionsBetween } from '../graph/fault-edit';

/**
 * Tells a running engine about config and fault changes between two graphs (an undo or redo).
 * Only components on both sides are told: added or removed components change the structure,
 * and the run wiring reloads the engine for those.
 */
export function syncEngineWithGraph(
  engine: EngineHost | null,
  before: readonly CanvasNode[],
  after: readonly CanvasNode[],
): void {
  if (!engine) return;
  const previous = new Map(before.map((node) => [node.id, node]));
  for (const node of after) {
    const old = previous.get(node.id);
    if (!old || old.data === node.data) continue;
    if (old.data.config !== node.data.config) engine.reconfigure(node.id, node.data.config);
    for (const fault of faultInjectionsBetween(node.id, old.data, node.data)) {
      engine.injectFault(fault);
    }
  }
}
