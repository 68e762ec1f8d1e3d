import { componentCategoryLabel, componentKindById } from '../../state/component-kinds';
import type { CanvasNode } from '../../state/graph/canvas-node';
import { KindIcon } from '../canvas/KindIcon';

interface InspectorDetailsProps {
  node: CanvasNode;
  selectedCount: number;
}

/** What the inspector knows about one component: name, kind, role and id. */
export function InspectorDetails({ node, selectedCount }: InspectorDetailsProps) {
  const kind = componentKindById(node.data.kind);
  return (
    <div className="inspector__details">
      <div className={`inspector__identity category-${kind.category}`}>
        <span className="inspector__icon">
          <KindIcon kind={kind.id} size={20} />
        </span>
        <h3 className="inspector__name">{node.data.name}</h3>
      </div>
      {selectedCount > 1 && (
        <p className="inspector__note">{selectedCount} components selected; showing the first.</p>
      )}
      <dl className="inspector__facts">
        <dt>Kind</dt>
        <dd>{kind.label}</dd>
        <dt>Role</dt>
        <dd>{componentCategoryLabel(kind.category)}</dd>
        <dt>Id</dt>
        <dd className="inspector__id">{node.id}</dd>
      </dl>
      <p className="inspector__description">{kind.description}.</p>
    </div>
  );
}
