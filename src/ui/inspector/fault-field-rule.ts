import { type FaultSetting, faultSettingRanges } from '../../sim/scenario/fault-settings';
import type { NumberRule } from './number-rule';

/**
 * The field rule of a fault setting typed in its own unit (ms, a factor, a count), from the
 * ranges the store checks (src/sim/scenario/fault-settings.ts), so the two never disagree.
 * Probabilities are typed in percent instead: PercentField.
 */
export function faultFieldRule(setting: FaultSetting): NumberRule {
  const { min, max, integer = false } = faultSettingRanges[setting];
  return { min, max, integer };
}
