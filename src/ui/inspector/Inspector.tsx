import './inspector.css';
import type { EventfoldState } from '../../state/eventfold-state';
import { selectSelectedNodeCount } from '../../state/selectors';
import { useEventfoldStore } from '../../state/store';
import { ConnectionNotice } from './ConnectionNotice';
import { InspectorDetails } from './InspectorDetails';
import { useDeferredSettings } from './useDeferredSettings';

const noSettings: readonly string[] = [];

/** The id only, so moving the selected node does not re-render the inspector. */
const selectFirstSelectedId = (state: EventfoldState) =>
  state.nodes.find((node) => node.selected)?.id ?? null;

/** The right panel: the selected component's identity, configuration and faults. */
export function Inspector() {
  const nodeId = useEventfoldStore(selectFirstSelectedId);
  const selectedCount = useEventfoldStore(selectSelectedNodeCount);
  const deferred = useDeferredSettings();
  return (
    <aside aria-label="Inspector" className="panel inspector">
      <header className="panel__header">
        <h2 className="panel__title">Inspector</h2>
      </header>
      {nodeId ? (
        <InspectorDetails
          key={nodeId}
          nodeId={nodeId}
          selectedCount={selectedCount}
          deferredSettings={deferred.get(nodeId) ?? noSettings}
        />
      ) : (
        <p className="inspector__empty">Select a component to inspect</p>
      )}
      <ConnectionNotice />
    </aside>
  );
}
