import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useEventfoldStore } from '../../state/store';

// Extra room on top for the notices that appear when a scenario opens.
const fitPadding = { top: '64px', right: '32px', bottom: '24px', left: '32px' } as const;

/** Fits the viewport to the nodes whenever a scenario opens (React Flow waits for measuring). */
export function useFitViewOnRequest() {
  const request = useEventfoldStore((state) => state.viewFitRequest);
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (request > 0) void fitView({ padding: fitPadding, maxZoom: 1 });
  }, [request, fitView]);
}
