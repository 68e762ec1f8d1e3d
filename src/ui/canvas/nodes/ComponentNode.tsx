import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { componentCategoryLabel, componentKindById } from '../../../state/component-kinds';
import type { CanvasNode } from '../../../state/graph/canvas-node';
import { KindIcon } from '../KindIcon';

/** A component on the canvas: its glyph, its name and its role; handles on both sides. */
export const ComponentNode = memo(function ComponentNode({ data }: NodeProps<CanvasNode>) {
  const kind = componentKindById(data.kind);
  return (
    <div className={`component-node category-${kind.category}`}>
      <Handle type="target" position={Position.Left} />
      <span className="component-node__icon">
        <KindIcon kind={data.kind} />
      </span>
      <span className="component-node__text">
        <span className="component-node__name">{data.name}</span>
        <span className="component-node__role">{componentCategoryLabel(kind.category)}</span>
      </span>
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
