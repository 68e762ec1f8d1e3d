import type { ComponentKind } from '../../../sim/scenario/component-kinds';
import type { LiveComponentMetrics } from '../../../state/live/live-metrics';
import { describeBadges } from './node-badges';

interface NodeBadgesProps {
  kind: ComponentKind;
  metrics: LiveComponentMetrics;
}

/** The node's live figures; each shows short text and carries its full sentence as a title. */
export function NodeBadges({ kind, metrics }: NodeBadgesProps) {
  return (
    <ul className="node-badges" aria-label="Live metrics">
      {describeBadges(kind, metrics).map((badge) => (
        <li
          key={badge.key}
          className={`node-badge node-badge--${badge.tone}`}
          title={badge.description}
        >
          <span aria-hidden="true">{badge.text}</span>
          <span className="visually-hidden">{badge.description}</span>
        </li>
      ))}
    </ul>
  );
}
