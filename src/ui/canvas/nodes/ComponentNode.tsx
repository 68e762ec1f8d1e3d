import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { componentCategories } from '../../../sim/scenario/component-categories';
import { componentKindInfo } from '../../../sim/scenario/component-kinds';
import type { CanvasNode } from '../../../state/graph/canvas-node';
import { configuredFaults } from '../../../state/graph/fault-edit';
import { selectComponentMetrics } from '../../../state/live/live-selectors';
import { useEventfoldStore } from '../../../state/store';
import { KindIcon } from '../KindIcon';
import { faultLabels } from './fault-labels';
import { NodeBadges } from './NodeBadges';
import { healthLabel, type NodeHealth } from './node-health';

/**
 * A component on the canvas: glyph, name, role, a health dot, live badges and any active fault.
 * It reads only its own metrics entry, which the store replaces only when those numbers change,
 * so a frame that moves other components does not re-render this one.
 */
export const ComponentNode = memo(function ComponentNode({ id, data }: NodeProps<CanvasNode>) {
  const kind = componentKindInfo[data.kind];
  const metrics = useEventfoldStore(selectComponentMetrics(id));
  // A boolean: this node re-renders only when its own highlight (Event log "Show on canvas") flips.
  const highlighted = useEventfoldStore((state) => state.highlightedComponents.includes(id));
  const health: NodeHealth = metrics?.status ?? 'idle';
  // The configuration's faults, overridden by what the engine reports in effect (injected and
  // scheduled faults too): before the first step the engine holds configured faults back.
  const faults = faultLabels({ ...configuredFaults(data), ...metrics?.faults }, health);
  return (
    <div
      className={`component-node category-${kind.category} component-node--${health}${highlighted ? ' component-node--highlighted' : ''}`}
    >
      <Handle type="target" position={Position.Left} />
      <div className="component-node__header">
        <span className="component-node__icon">
          <KindIcon kind={data.kind} />
        </span>
        <span className="component-node__text">
          <span className="component-node__name" title={data.name}>
            {data.name}
          </span>
          <span className="component-node__role">{componentCategories[kind.category].role}</span>
        </span>
        <span className="component-node__health" title={healthLabel(health)}>
          <span className="visually-hidden">{healthLabel(health)}</span>
        </span>
      </div>
      {metrics && <NodeBadges kind={data.kind} metrics={metrics} />}
      {faults.length > 0 && (
        <span className="component-node__fault" title={`Active fault: ${faults.join(', ')}`}>
          <span className="visually-hidden">Active fault: </span>
          {faults.join(' · ')}
        </span>
      )}
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
