import { useMemo } from 'react';
import type { StoredEvent } from '../../core/messages/event';
import {
  ancestorsOf,
  type CausationNode,
  correlationTree,
  descendantsOf,
  indexCausation,
} from '../../sim/analysis/causation-tree';
import { CausationTree } from './CausationTree';

interface CausationSectionProps {
  readonly event: StoredEvent;
  readonly flow: readonly StoredEvent[];
  /** Shows the whole correlation as one tree instead of this event's causes and effects. */
  readonly wholeFlow: boolean;
  readonly onPick: (event: StoredEvent) => void;
}

/** What caused the event (the chain up to the flow's root) and what it caused, or the whole flow. */
export function CausationSection({ event, flow, wholeFlow, onPick }: CausationSectionProps) {
  const index = useMemo(() => indexCausation(flow), [flow]);
  if (wholeFlow) {
    const tree = correlationTree(index, event.correlationId);
    return (
      <section className="log-detail__section" aria-label="Causation">
        <h4 className="log-detail__heading">Whole flow ({flow.length} events)</h4>
        {tree ? (
          <CausationTree nodes={[tree]} currentId={event.id} onPick={onPick} label="Whole flow" />
        ) : (
          <p className="log-detail__note">The flow's root is not stored.</p>
        )}
      </section>
    );
  }
  const causes = ancestorsOf(index, event.id).slice(0, -1);
  const caused = descendantsOf(index, event.id)?.children ?? [];
  return (
    <section className="log-detail__section" aria-label="Causation">
      <h4 className="log-detail__heading">Caused by</h4>
      {causes.length > 0 ? (
        <CausationTree nodes={chain(causes)} currentId={event.id} onPick={onPick} label="Causes" />
      ) : (
        <p className="log-detail__note">Nothing: this event started its flow.</p>
      )}
      <h4 className="log-detail__heading">Led to</h4>
      {caused.length > 0 ? (
        <CausationTree nodes={caused} currentId={event.id} onPick={onPick} label="Effects" />
      ) : (
        <p className="log-detail__note">Nothing stored yet.</p>
      )}
    </section>
  );
}

/** The ancestors (root first) nested one under the other, so the chain reads as a path. */
function chain(nodes: readonly CausationNode[]): CausationNode[] {
  let nested: CausationNode | null = null;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i] as CausationNode;
    nested = { ...node, children: nested ? [nested] : [] };
  }
  return nested ? [nested] : [];
}
