import type { StoredEvent } from '../../core/messages/event';
import type { CausationNode } from '../../sim/analysis/causation-tree';

interface CausationTreeProps {
  readonly nodes: readonly CausationNode[];
  /** The event the details show: marked, not a link to itself. */
  readonly currentId: string;
  readonly onPick: (event: StoredEvent) => void;
  readonly label: string;
}

/** Messages as nested lists; each stored event is a button that selects it in the log. */
export function CausationTree({ nodes, currentId, onPick, label }: CausationTreeProps) {
  return (
    <ul className="causation-tree" aria-label={label}>
      {nodes.map((node) => (
        <CausationItem key={node.id} node={node} currentId={currentId} onPick={onPick} />
      ))}
    </ul>
  );
}

interface CausationItemProps {
  readonly node: CausationNode;
  readonly currentId: string;
  readonly onPick: (event: StoredEvent) => void;
}

function CausationItem({ node, currentId, onPick }: CausationItemProps) {
  const { event } = node;
  return (
    <li className="causation-tree__item">
      {event ? (
        <button
          type="button"
          className="causation-tree__event"
          aria-current={node.id === currentId ? 'true' : undefined}
          onClick={() => onPick(event)}
        >
          <span className="causation-tree__position">#{event.position}</span> {event.type}
          <span className="causation-tree__source"> · {event.source}</span>
        </button>
      ) : (
        <span className="causation-tree__command" title="Commands are not stored in the log">
          {node.label}
        </span>
      )}
      {node.children.length > 0 && (
        <ul className="causation-tree__children">
          {node.children.map((child) => (
            <CausationItem key={child.id} node={child} currentId={currentId} onPick={onPick} />
          ))}
        </ul>
      )}
    </li>
  );
}
