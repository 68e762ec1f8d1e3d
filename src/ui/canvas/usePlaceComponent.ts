import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import type { ComponentKind } from '../../sim/scenario/component-kinds';
import { useEventfoldStore } from '../../state/store';
import { type FlowBox, openSpot } from './free-space';
import { nodeOriginCentredOn, nominalNodeSize, viewportCentre, visibleFlowBox } from './geometry';

/** Screen pixels kept clear between a placed node and the canvas's edges. */
const viewInset = 24;
/** The canvas's snap grid (Canvas.tsx): a placed node lines up with dragged ones. */
const grid = 20;

/** Placing a component on the canvas: add it, then select it so the inspector shows it. */
export function usePlaceComponent() {
  const flowStore = useStoreApi();
  const { screenToFlowPosition, setCenter } = useReactFlow();
  const addComponent = useEventfoldStore((state) => state.addComponent);
  const selectNode = useEventfoldStore((state) => state.selectNode);

  /**
   * Adds `kind` in the free place nearest the middle of the visible canvas (the keyboard path):
   * never on top of a node. When the view has no room, the nearest room beyond it, brought into view.
   */
  const placeAtViewportCentre = useCallback(
    (kind: ComponentKind) => {
      const { width, height, transform, nodeLookup } = flowStore.getState();
      const [x, y, zoom] = transform;
      const viewport = { x, y, zoom };
      const occupied: FlowBox[] = [...nodeLookup.values()].map((node) => ({
        ...node.internals.positionAbsolute,
        width: node.measured.width ?? nominalNodeSize.width,
        height: node.measured.height ?? nominalNodeSize.height,
      }));
      // A new node grows with its badges: reserve as much height as the tallest node has.
      const size = {
        width: nominalNodeSize.width,
        height: Math.max(nominalNodeSize.height, ...occupied.map((box) => box.height)),
      };
      const near = viewportCentre(viewport, { width, height });
      const view = visibleFlowBox(viewport, { width, height }, viewInset);
      const query = { near, occupied, size, grid };
      const inView = openSpot({ ...query, area: view });
      const beyond = inView ?? openSpot({ ...query, area: aroundView(view) });
      const id = addComponent(kind, beyond ?? nodeOriginCentredOn(near));
      if (!inView && beyond) {
        void setCenter(beyond.x + size.width / 2, beyond.y + size.height / 2, { zoom });
      }
      selectNode(id);
      return id;
    },
    [flowStore, addComponent, selectNode, setCenter],
  );

  /** Adds `kind` centred under a screen point (the drop path). */
  const placeAtScreenPoint = useCallback(
    (kind: ComponentKind, point: { x: number; y: number }) => {
      const id = addComponent(kind, nodeOriginCentredOn(screenToFlowPosition(point)));
      selectNode(id);
      return id;
    },
    [screenToFlowPosition, addComponent, selectNode],
  );

  return { placeAtViewportCentre, placeAtScreenPoint };
}

/** The view and as much again on every side: where to look when the view itself is full. */
const aroundView = (view: FlowBox): FlowBox => ({
  x: view.x - view.width,
  y: view.y - view.height,
  width: view.width * 3,
  height: view.height * 3,
});
