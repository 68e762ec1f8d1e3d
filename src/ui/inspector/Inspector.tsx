import './inspector.css';
import { selectFirstSelectedNode, selectSelectedNodeCount } from '../../state/selectors';
import { useEventfoldStore } from '../../state/store';
import { InspectorDetails } from './InspectorDetails';

/** The right panel: details of the selected component. */
export function Inspector() {
  const node = useEventfoldStore(selectFirstSelectedNode);
  const selectedCount = useEventfoldStore(selectSelectedNodeCount);
  return (
    <aside aria-label="Inspector" className="panel inspector">
      <header className="panel__header">
        <h2 className="panel__title">Inspector</h2>
      </header>
      {node ? (
        <InspectorDetails node={node} selectedCount={selectedCount} />
      ) : (
        <p className="inspector__empty">Select a component to inspect</p>
      )}
    </aside>
  );
}
