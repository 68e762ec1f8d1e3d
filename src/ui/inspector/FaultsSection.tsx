import type { FaultSetting } from '../../sim/scenario/fault-settings';
import type { ComponentNodeData } from '../../state/graph/canvas-node';
import type { FaultEditValue } from '../../state/graph/fault-edit';
import { useEventfoldStore } from '../../state/store';
import { BusFaultFields } from './BusFaultFields';
import { CrashControls } from './CrashControls';
import { faultFieldRule } from './fault-field-rule';
import { NumberField } from './NumberField';
import { requireNumber } from './number-rule';
import { OutageControl } from './OutageControl';
import { PercentField } from './PercentField';

interface FaultsSectionProps {
  nodeId: string;
  data: ComponentNodeData;
}

/** Failures to inject into the selected component: kept in the scenario and applied live. */
export function FaultsSection({ nodeId, data }: FaultsSectionProps) {
  const setComponentFault = useEventfoldStore((state) => state.setComponentFault);
  const setFault = (setting: FaultSetting) => (value: FaultEditValue) =>
    setComponentFault(nodeId, setting, value);
  const { faults } = data;

  return (
    <section className="inspector-section" aria-labelledby={`${nodeId}-faults-title`}>
      <h3 id={`${nodeId}-faults-title`} className="inspector-section__title">
        Faults
      </h3>
      <PercentField
        label="Failure rate"
        fraction={faults.failureRate}
        hint="% of attempts that fail"
        onCommit={setFault('failure-rate')}
      />
      <NumberField
        label="Fail next"
        value={faults.failNext}
        {...faultFieldRule('fail-next')}
        hint="The next N attempts fail"
        onCommit={requireNumber(setFault('fail-next'))}
      />
      <NumberField
        label="Latency override (ms)"
        value={faults.latencyMs ?? null}
        {...faultFieldRule('latency-ms')}
        allowEmpty
        hint="Empty: the configured latency"
        onCommit={setFault('latency-ms')}
      />
      <NumberField
        label="Slow factor"
        value={faults.slowFactor}
        {...faultFieldRule('slow-factor')}
        hint="Processing takes this many times longer"
        onCommit={requireNumber(setFault('slow-factor'))}
      />
      <CrashControls nodeId={nodeId} down={faults.down} />
      <OutageControl nodeId={nodeId} />
      {data.kind === 'event-bus' && <BusFaultFields nodeId={nodeId} data={data} />}
    </section>
  );
}
