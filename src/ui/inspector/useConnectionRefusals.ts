import { type ConnectionState, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { checkGraphConnection } from '../../state/graph/connection-check';
import { useEventfoldStore } from '../../state/store';

/**
 * Shows why a dragged connection was refused. React Flow's `isValidConnection` only refuses (it
 * never calls onConnect for an invalid target), so this watches the connection drag: when it
 * ends over a handle that refused it, the graph's own check supplies the reason.
 */
export function useConnectionRefusals(): void {
  const flowStore = useStoreApi();
  useEffect(() => {
    let lastInProgress: ConnectionState | null = null;
    return flowStore.subscribe(({ connection }) => {
      if (connection.inProgress) {
        lastInProgress = connection;
        return;
      }
      const ended = lastInProgress;
      lastInProgress = null;
      if (!ended?.toNode || ended.isValid !== false) return;
      const fromSource = ended.fromHandle.type === 'source';
      const source = fromSource ? ended.fromNode.id : ended.toNode.id;
      const target = fromSource ? ended.toNode.id : ended.fromNode.id;
      const { nodes, edges, setConnectionNotice } = useEventfoldStore.getState();
      const verdict = checkGraphConnection(nodes, edges, { source, target });
      if (!verdict.ok) setConnectionNotice(verdict.reason);
    });
  }, [flowStore]);
}
