import { componentCategories } from '../../sim/scenario/component-categories';
import { componentKindInfo } from '../../sim/scenario/component-kinds';
import type { EventfoldState } from '../../state/eventfold-state';
import { useEventfoldStore } from '../../state/store';
import { KindIcon } from '../canvas/KindIcon';
import { BusSubscribersSection } from './BusSubscribersSection';
import { CapacitySection } from './CapacitySection';
import { ConfigSection } from './ConfigSection';
import { DeadLettersSection } from './DeadLettersSection';
import { DeliverySection } from './DeliverySection';
import { FaultsSection } from './FaultsSection';
import { NameField } from './NameField';

interface InspectorDetailsProps {
  nodeId: string;
  selectedCount: number;
  /** Settings of this component that the running engine applies only after Reset. */
  deferredSettings: readonly string[];
}

/** The node's data object: stable while the node is dragged, so dragging re-renders nothing. */
const selectNodeData = (nodeId: string) => (state: EventfoldState) =>
  state.nodes.find((node) => node.id === nodeId)?.data;

/** One component: identity (name, kind, role, id), then its configuration and faults. */
export function InspectorDetails({
  nodeId,
  selectedCount,
  deferredSettings,
}: InspectorDetailsProps) {
  const data = useEventfoldStore(selectNodeData(nodeId));
  if (!data) return null;
  const kind = componentKindInfo[data.kind];
  return (
    <div className="inspector__details">
      <div className={`inspector__identity category-${kind.category}`}>
        <span className="inspector__icon">
          <KindIcon kind={data.kind} size={20} />
        </span>
        <h3 className="inspector__name">{data.name}</h3>
      </div>
      {selectedCount > 1 && (
        <p className="inspector__note">{selectedCount} components selected; showing the first.</p>
      )}
      <NameField nodeId={nodeId} name={data.name} />
      <dl className="inspector__facts">
        <dt>Kind</dt>
        <dd>{kind.label}</dd>
        <dt>Role</dt>
        <dd>{componentCategories[kind.category].role}</dd>
        <dt>Id</dt>
        <dd className="inspector__id">{nodeId}</dd>
      </dl>
      <p className="inspector__description">{kind.description}.</p>
      {data.kind === 'dead-letter-queue' && <DeadLettersSection nodeId={nodeId} />}
      {data.kind === 'event-bus' && <BusSubscribersSection nodeId={nodeId} />}
      <DeliverySection nodeId={nodeId} kind={data.kind} />
      <CapacitySection nodeId={nodeId} kind={data.kind} />
      <ConfigSection nodeId={nodeId} data={data} deferredSettings={deferredSettings} />
      <FaultsSection nodeId={nodeId} data={data} />
    </div>
  );
}
