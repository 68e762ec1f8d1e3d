import type { ComponentNodeData } from '../../state/graph/canvas-node';
import { useEventfoldStore } from '../../state/store';
import { faultFieldRule } from './fault-field-rule';
import { NumberField } from './NumberField';
import { requireNumber } from './number-rule';
import { PercentField } from './PercentField';

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
      <PercentField
        label="Duplicate rate"
        fraction={data.config.duplicateRate}
        hint="% of events delivered twice"
        onCommit={(fraction) => setComponentFault(nodeId, 'duplicate-rate', fraction)}
      />
      <PercentField
        label="Drop rate"
        fraction={data.config.dropRate}
        disabled={!atMostOnce}
        hint={
          atMostOnce
            ? '% of events lost'
            : 'Only at-most-once delivery loses events: this bus delivers at-least-once'
        }
        onCommit={(fraction) => setComponentFault(nodeId, 'drop-rate', fraction)}
      />
      <NumberField
        label="Reorder jitter (ms)"
        value={data.config.reorderJitterMs}
        {...faultFieldRule('reorder-jitter-ms')}
        hint="Random extra delay that lets events overtake each other"
        onCommit={requireNumber((ms) => setComponentFault(nodeId, 'reorder-jitter-ms', ms))}
      />
    </fieldset>
  );
}
