import './canvas.css';
import '@xyflow/react/dist/style.css';
import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import { type DragEvent, useCallback } from 'react';
import { componentKindById } from '../../state/component-kinds';
import type { CanvasNode } from '../../state/graph/canvas-node';
import { selectEdges, selectNodes, selectTheme } from '../../state/selectors';
import { useEventfoldStore } from '../../state/store';
import { CanvasEmptyState } from './CanvasEmptyState';
import { readDraggedKind } from './drag-data';
import { nodeTypes } from './nodeTypes';
import { usePlaceComponent } from './usePlaceComponent';

const deleteKeys = ['Backspace', 'Delete'];

const miniMapColour = (node: CanvasNode) =>
  `var(--category-${componentKindById(node.data.kind).category})`;

/** The centre canvas: React Flow over the store's graph; palette items drop here. */
export function Canvas() {
  const nodes = useEventfoldStore(selectNodes);
  const edges = useEventfoldStore(selectEdges);
  const theme = useEventfoldStore(selectTheme);
  const onNodesChange = useEventfoldStore((state) => state.onNodesChange);
  const onEdgesChange = useEventfoldStore((state) => state.onEdgesChange);
  const onConnect = useEventfoldStore((state) => state.onConnect);
  const { placeAtScreenPoint } = usePlaceComponent();

  const onDragOver = useCallback((event: DragEvent) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = readDraggedKind(event.dataTransfer);
      if (!kind) return;
      event.preventDefault();
      placeAtScreenPoint(kind, { x: event.clientX, y: event.clientY });
    },
    [placeAtScreenPoint],
  );

  return (
    <div className="canvas">
      <ReactFlow<CanvasNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onDragOver={onDragOver}
        onDrop={onDrop}
        colorMode={theme}
        deleteKeyCode={deleteKeys}
      >
        <Background gap={20} size={1.5} />
        <Controls />
        <MiniMap<CanvasNode> pannable zoomable nodeColor={miniMapColour} nodeBorderRadius={6} />
      </ReactFlow>
      {nodes.length === 0 && <CanvasEmptyState />}
    </div>
  );
}
