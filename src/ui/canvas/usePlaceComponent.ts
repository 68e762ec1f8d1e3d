import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import type { ComponentKind } from '../../sim/scenario/component-kinds';
import { useEventfoldStore } from '../../state/store';
import { nodeOriginCentredOn, viewportCentre } from './geometry';

/** Placing a component on the canvas: add it, then select it so the inspector shows it. */
export function usePlaceComponent() {
  const flowStore = useStoreApi();
  const { screenToFlowPosition } = useReactFlow();
  const addComponent = useEventfoldStore((state) => state.addComponent);
  const selectNode = useEventfoldStore((state) => state.selectNode);

  /** Adds `kind` centred in the visible part of the canvas (the keyboard path). */
  const placeAtViewportCentre = useCallback(
    (kind: ComponentKind) => {
      const { width, height, transform } = flowStore.getState();
      const [x, y, zoom] = transform;
      const centre = viewportCentre({ x, y, zoom }, { width, height });
      const id = addComponent(kind, nodeOriginCentredOn(centre));
      selectNode(id);
      return id;
    },
    [flowStore, addComponent, selectNode],
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
