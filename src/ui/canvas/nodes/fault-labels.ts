import type { ActiveFaults, FaultSetting, FaultValue } from '../../../sim/scenario/fault-settings';
import { toPercent } from '../../shared/percent';
import type { NodeHealth } from './node-health';

const percent = (value: FaultValue) => `${toPercent(Number(value))}%`;

/**
 * How each fault reads on a node, in the Inspector's units (probabilities in percent). One
 * entry per setting (a setting added without a label does not compile), in display order.
 */
const faultLabel: Readonly<Record<FaultSetting, (value: FaultValue) => string>> = {
  down: () => 'down',
  'failure-rate': (value) => `${percent(value)} fail`,
  'fail-next': (value) => `fail next ${value}`,
  'slow-factor': (value) => `slow ×${value}`,
  'latency-ms': (value) => `${value} ms`,
  'duplicate-rate': (value) => `${percent(value)} dup`,
  'drop-rate': (value) => `${percent(value)} drop`,
  'reorder-jitter-ms': (value) => `reorder ${value} ms`,
};

/**
 * The faults a node shows, whatever its kind and wherever the fault came from (its
 * configuration, the Inspector, the Chaos menu, the schedule): the engine reports them all the
 * same way. A health the engine reports with no fault named still shows as one.
 */
export function faultLabels(active: ActiveFaults, health: NodeHealth): string[] {
  const labels = Object.entries(faultLabel).flatMap(([setting, label]) => {
    const value = active[setting as FaultSetting];
    return value === undefined ? [] : [label(value)];
  });
  if (labels.length === 0 && health === 'down') labels.push('down');
  if (labels.length === 0 && health === 'failing') labels.push('fault active');
  return labels;
}
