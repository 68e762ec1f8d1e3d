import './live-tokens.css';
import './canvas.css';
import '@xyflow/react/dist/style.css';
import { Background, Controls, MiniMap, ReactFlow, type ReactFlowProps } from '@xyflow/react';
import { type DragEvent, useCallback, useRef } from 'react';
import { componentKindInfo } from '../../sim/scenario/component-kinds';
import type { CanvasNode } from '../../state/graph/canvas-node';
import { selectEdges, selectNodes, selectTheme } from '../../state/selectors';
import { useEventfoldStore } from '../../state/store';
import { useAccessibleGraph } from './accessible-graph';
import { CanvasEmptyState } from './CanvasEmptyState';
import { readDraggedKind } from './drag-data';
import { useFlowClock } from './edges/useFlowClock';
import { defaultEdgeOptions, edgeTypes } from './edgeTypes';
import { nodeTypes } from './nodeTypes';
import { useFitViewOnRequest, usePanToHighlight } from './useFitViewOnRequest';
import { useGraphTabOrder } from './useGraphTabOrder';
import { usePlaceComponent } from './usePlaceComponent';

/** How the canvas behaves whatever the graph: React Flow props that never change. */
const fixedFlowProps = {
  nodeTypes,
  edgeTypes,
  defaultEdgeOptions,
  deleteKeyCode: ['Backspace', 'Delete'],
  // Nodes snap to the background's 20 px grid, so layouts line up.
  snapToGrid: true,
  snapGrid: [20, 20] as [number, number],
  // Space runs and pauses the simulation; the pane pans by dragging anyway.
  panActivationKeyCode: null,
} satisfies Partial<ReactFlowProps<CanvasNode>>;

// Smaller than React Flow's default, so it covers less of the diagram. In the corner opposite
// the zoom/fit/lock buttons (top left): on a canvas made short by a tall Run details panel the
// two would overlap in one column, but never across its width.
const miniMapStyle = { width: 150, height: 100 };

const miniMapColour = (node: CanvasNode) =>
  `var(--category-${componentKindInfo[node.data.kind].category})`;

/** The centre canvas: React Flow over the store's graph; palette items drop here. */
export function Canvas() {
  const storeNodes = useEventfoldStore(selectNodes);
  const storeEdges = useEventfoldStore(selectEdges);
  const { nodes, edges } = useAccessibleGraph(storeNodes, storeEdges);
  const theme = useEventfoldStore(selectTheme);
  const onNodesChange = useEventfoldStore((state) => state.onNodesChange);
  const onEdgesChange = useEventfoldStore((state) => state.onEdgesChange);
  const onConnect = useEventfoldStore((state) => state.onConnect);
  const isValidConnection = useEventfoldStore((state) => state.isValidConnection);
  const { placeAtScreenPoint } = usePlaceComponent();
  useFitViewOnRequest();
  usePanToHighlight();
  const canvasRef = useRef<HTMLDivElement>(null);
  useFlowClock(canvasRef);
  useGraphTabOrder(canvasRef, storeNodes, storeEdges);

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
    <div className="canvas" ref={canvasRef}>
      <ReactFlow<CanvasNode>
        {...fixedFlowProps}
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        onDragOver={onDragOver}
        onDrop={onDrop}
        colorMode={theme}
        // The minimap has the bottom-right corner; the top-right one is free.
        attributionPosition="top-right"
      >
        <Background gap={20} size={1.5} />
        <Controls position="top-left" />
        <MiniMap<CanvasNode>
          pannable
          zoomable
          nodeColor={miniMapColour}
          nodeBorderRadius={6}
          style={miniMapStyle}
          position="bottom-right"
        />
      </ReactFlow>
      {nodes.length === 0 && <CanvasEmptyState />}
    </div>
  );
}
