import type { StoredEvent } from '../../core/messages/event';
import { componentsOnPath } from '../../sim/analysis/causation-tree';
import { useEventfoldStore } from '../../state/store';

interface FlowActionsProps {
  readonly event: StoredEvent;
  readonly flow: readonly StoredEvent[] | null;
  readonly wholeFlow: boolean;
  readonly onToggleWholeFlow: () => void;
}

/** Flow-wide actions: the whole causation tree, the flow's path on the canvas, a flow filter. */
export function FlowActions({ event, flow, wholeFlow, onToggleWholeFlow }: FlowActionsProps) {
  const highlighted = useEventfoldStore((state) => state.highlightedComponents.length > 0);
  const setHighlighted = useEventfoldStore((state) => state.setHighlightedComponents);
  const setFilter = useEventfoldStore((state) => state.setEventLogFilter);
  return (
    <fieldset className="log-detail__actions">
      <legend className="visually-hidden">Flow</legend>
      <button
        type="button"
        className="log-button"
        aria-pressed={wholeFlow}
        onClick={onToggleWholeFlow}
      >
        Show whole flow
      </button>
      <button
        type="button"
        className="log-button"
        disabled={!flow}
        onClick={() => flow && setHighlighted(componentsOnPath(flow))}
      >
        Show on canvas
      </button>
      {highlighted && (
        <button type="button" className="log-button" onClick={() => setHighlighted([])}>
          Clear highlight
        </button>
      )}
      <button
        type="button"
        className="log-button"
        onClick={() => setFilter({ correlationId: event.correlationId })}
      >
        Filter to this flow
      </button>
    </fieldset>
  );
}
