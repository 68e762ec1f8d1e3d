import type { ComponentNodeData } from '../../state/graph/canvas-node';
import { useEventfoldStore } from '../../state/store';
import { requireNumber, toFraction, toPercent } from './fault-units';
import { NumberField } from './NumberField';

interface BusFaultFieldsProps {
  nodeId: string;
  data: ComponentNodeData<'event-bus'>;
}

/** Delivery faults only an Event Bus has: duplicates, drops (at-most-once) and reordering. */
export function BusFaultFields({ nodeId, data }: BusFaultFieldsProps) {
  const setComponentFault = useEventfoldStore((state) => state.setComponentFault);
  const atMostOnce = data.config.delivery === 'at-most-once';
  return (
    <fieldset className="inspector-group">
      <legend className="inspector-group__legend">Delivery faults</legend>
      <NumberField
        label="Duplicate rate"
        value={toPercent(data.config.duplicateRate)}
        min={0}
        max={100}
        hint="% of events delivered twice"
        onCommit={requireNumber((percent) =>
          setComponentFault(nodeId, 'duplicate-rate', toFraction(percent)),
        )}
      />
      <NumberField
        label="Drop rate"
        value={toPercent(data.config.dropRate)}
        min={0}
        max={100}
        disabled={!atMostOnce}
        hint={
          atMostOnce
            ? '% of events lost'
            : 'Only at-most-once delivery loses events: this bus delivers at-least-once'
        }
        onCommit={requireNumber((percent) =>
          setComponentFault(nodeId, 'drop-rate', toFraction(percent)),
        )}
      />
      <NumberField
        label="Reorder jitter (ms)"
        value={data.config.reorderJitterMs}
        min={0}
        max={60_000}
        hint="Random extra delay that lets events overtake each other"
        onCommit={requireNumber((ms) => setComponentFault(nodeId, 'reorder-jitter-ms', ms))}
      />
    </fieldset>
  );
}
